import type { Highlight } from '../../../../data';
import { createProject } from '../../../../test/data-generators';
import type { TextElement } from '../deck-types';
import { keyFigureTiles } from '../key-figure-tiles';
import { CONTENT_BOTTOM, CONTENT_TOP } from '../slide-frame';

const figure = (label: string, value: number, unit: string): Highlight => ({ label, value, unit });
// A project with these key figures (its summary quotes them, as the schema asks).
const withFigures = (id: number, ...highlights: Highlight[]) =>
  createProject({
    id,
    summary: highlights.map((h) => `${h.label}${h.value}${h.unit}`).join('，'),
    highlights,
  });

const council = withFigures(1, figure('议事代表', 1185, '名'), figure('覆盖街道', 17, '个'));
const statute = withFigures(
  2,
  figure('征求意见建议', 263, '条'),
  figure('采纳吸收意见', 130, '余条'),
  figure('条例条文', 29, '条'),
);
const texts = (elements: ReturnType<typeof keyFigureTiles>) =>
  elements.filter((e): e is TextElement => e.kind === 'text').map((e) => e.runs.map((r) => r.text).join(''));

describe('keyFigureTiles', () => {
  it('shows every key figure of a small group, labelled with its project', () => {
    const tiles = texts(keyFigureTiles([council, statute], CONTENT_TOP + 2, CONTENT_BOTTOM));
    expect(tiles).toContain('1,185\u00a0名');
    expect(tiles).toContain('议事代表（№1）');
    expect(tiles).toContain('条例条文（№2）');
    expect(tiles.filter((t) => t.includes('（№'))).toHaveLength(5);
  });

  it('keeps each number with its unit: joined by a no-break space, on a line that does not wrap', () => {
    const values = keyFigureTiles(
      [withFigures(7, figure('审议事项', 44, '个'), figure('办理件数', 700, '余件'))],
      CONTENT_TOP + 2,
      CONTENT_BOTTOM,
    ).filter((e): e is TextElement => e.kind === 'text' && e.runs.some((r) => r.bold));
    expect(values.map((e) => e.runs.map((r) => r.text).join(''))).toEqual(['44\u00a0个', '700\u00a0余件']);
    for (const value of values) expect(value.noWrap).toBe(true);
  });

  it('shows none rather than some: too many figures, no figures, or no room', () => {
    // Three projects of three figures each: nine, more than one row holds.
    const many = [3, 4, 5].map((id) =>
      withFigures(id, figure('甲', 1, '个'), figure('乙', 2, '个'), figure('丙', 3, '个')),
    );
    expect(keyFigureTiles(many, CONTENT_TOP + 2, CONTENT_BOTTOM)).toEqual([]);
    expect(keyFigureTiles([createProject(), createProject()], CONTENT_TOP + 2, CONTENT_BOTTOM)).toEqual([]);
    expect(keyFigureTiles([council], CONTENT_BOTTOM - 0.5, CONTENT_BOTTOM)).toEqual([]);
  });
});
