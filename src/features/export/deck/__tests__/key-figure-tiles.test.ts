import { projects } from '../../../../data';
import type { TextElement } from '../deck-types';
import { keyFigureTiles } from '../key-figure-tiles';
import { CONTENT_BOTTOM, CONTENT_TOP } from '../slide-frame';

const byId = (...ids: number[]) => projects.filter((p) => ids.includes(p.id));
const texts = (elements: ReturnType<typeof keyFigureTiles>) =>
  elements.filter((e): e is TextElement => e.kind === 'text').map((e) => e.runs.map((r) => r.text).join(''));

describe('keyFigureTiles', () => {
  it('shows every key figure of a small group, labelled with its project', () => {
    const tiles = texts(keyFigureTiles(byId(12, 13), CONTENT_TOP + 2, CONTENT_BOTTOM));
    expect(tiles).toContain('1,185 名');
    expect(tiles).toContain('议事代表（№13）');
    expect(tiles.filter((t) => t.includes('（№'))).toHaveLength(5);
  });

  it('shows none rather than some: too many figures, no figures, or no room', () => {
    expect(keyFigureTiles(byId(2, 4, 6), CONTENT_TOP + 2, CONTENT_BOTTOM)).toEqual([]);
    expect(keyFigureTiles(byId(5, 10), CONTENT_TOP + 2, CONTENT_BOTTOM)).toEqual([]);
    expect(keyFigureTiles(byId(12), CONTENT_BOTTOM - 0.5, CONTENT_BOTTOM)).toEqual([]);
  });
});
