import { PREFECTURES } from '../../data';
import { PROVINCE_FOCUS } from '../../state/filters';
import type { TalkingPoint } from './talking-points';
import type { TourStep } from './tour-steps';

/** A stop's name with its page when its group needs more than one, e.g. '省级 2/4'. */
export function stopName(step: TourStep): string {
  return step.pages > 1 ? `${step.name} ${step.page}/${step.pages}` : step.name;
}

/** What the operator may say about the current stop's projects. */
export function TalkingPoints({ points }: { points: readonly TalkingPoint[] }) {
  return (
    <ol className="presenter-points">
      {points.map((p) => (
        <li key={p.id} className="presenter-point" data-project-id={p.id}>
          <p className="presenter-point-title">
            <span className="presenter-point-no">№{p.id}</span> {p.title}
          </p>
          <p className="presenter-point-meta">
            {p.unit} · {p.kind}
          </p>
          {p.highlights.length > 0 ? (
            <ul className="presenter-figures" aria-label="关键数字">
              {p.highlights.map((h) => (
                <li key={`${h.label}-${h.value}`}>
                  {h.label} <strong>{h.value.toLocaleString('zh-CN')}</strong>
                  {h.unit}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="presenter-lead">{p.lead}</p>
        </li>
      ))}
    </ol>
  );
}

interface JumpProps {
  steps: readonly TourStep[];
  index: number;
  onJump: (index: number) => void;
}

/** Every stop of the tour as a button; the current one is pressed. */
export function StopButtons({ steps, index, onJump }: JumpProps) {
  return (
    <div className="presenter-jumps" role="group" aria-label="各站">
      {steps.map((step, i) => (
        <button
          key={step.key}
          type="button"
          className="button presenter-jump"
          aria-pressed={i === index}
          onClick={() => onJump(i)}
        >
          <span className="presenter-jump-no">{i + 1}</span> {stopName(step)}
        </button>
      ))}
    </div>
  );
}

/**
 * 省级 and every prefecture as a button that jumps to its first stop; one with no stop under the filters is
 * aria-disabled (kept focusable, and the list keeps its shape while the filters change).
 */
export function PrefectureButtons({ steps, index, onJump }: JumpProps) {
  const places = [
    { code: PROVINCE_FOCUS, name: '省级' },
    ...PREFECTURES.map((p) => ({ code: p.code, name: p.shortName })),
  ];
  const current = steps[index]?.focus;
  return (
    <div className="presenter-jumps" role="group" aria-label="各地">
      {places.map(({ code, name }) => {
        const first = steps.findIndex((s) => s.focus === code);
        return (
          <button
            key={code}
            type="button"
            className="button presenter-jump"
            aria-pressed={code === current}
            aria-disabled={first < 0 || undefined}
            onClick={() => {
              if (first >= 0) onJump(first);
            }}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
