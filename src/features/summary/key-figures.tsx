import { PREFECTURES } from '../../data';
import type { ReadyScene } from '../../state/scene';
import { useReadyScene } from '../../state/use-scene';
import './key-figures.css';

/** One key figure: 「出彩工作 12 项（共 35 项）」. */
export interface KeyFigureItem {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/** The key figures of a scene, in the order the screen and paper show them. */
export function keyFigureItems({ figures, list }: Pick<ReadyScene, 'figures' | 'list'>): KeyFigureItem[] {
  return [
    { label: '出彩工作', value: figures.total, unit: '项', note: `共 ${list.projects.length} 项` },
    { label: '省级', value: figures.byLevel.province, unit: '项' },
    { label: '市级', value: figures.byLevel.city, unit: '项' },
    { label: '县级', value: figures.byLevel.county, unit: '项' },
    {
      label: '覆盖省辖市',
      value: figures.prefecturesCovered,
      unit: '个',
      note: `共 ${PREFECTURES.length} 个`,
    },
  ];
}

/** The strip of key figures: the scene's, counted from the projects that match the filters. */
export function KeyFigures() {
  const items = keyFigureItems(useReadyScene());
  // A named region: the figures sit between the header and <main>, and must belong to a landmark.
  return (
    <section className="key-figures-region" aria-label="关键数字">
      <dl className="key-figures">
        {items.map((item) => (
          <div key={item.label} className="key-figure">
            <dt>{item.label}</dt>
            <dd>
              <span className="key-value">{item.value}</span>
              <span className="key-unit">{item.unit}</span>
              {item.note ? <span className="key-note">{item.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
