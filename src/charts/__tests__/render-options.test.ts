import { PREFECTURES } from '../../data';
import { createProject } from '../../test/data-generators';
import { FIXTURE } from '../../test/fixtures';
import '../../lib/echarts-lazy-parts';
import { echarts } from '../../lib/echarts';
import type { ECOption } from '../../lib/echarts';
import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import { EMPTY_FILTERS } from '../../state/filters';
import { buildCategoryOption } from '../category/build-category-option';
import { buildLevelCategoryOption } from '../level-category/build-level-category-option';
import { buildLevelOption } from '../level/build-level-option';
import { buildPrefectureOption } from '../prefecture/build-prefecture-option';
import { countByCategory } from '../category/category-counts';
import { countByLevelAndCategory } from '../level-category/level-category-counts';
import { countByLevel } from '../level/level-counts';
import { countByPrefecture } from '../prefecture/prefecture-counts';

// ECharts' development build checks options that its production build silently accepts (a heatmap without a
// visualMap draws in production but throws in development). Rendering every option here, in the development
// build, through the same registered parts, catches that before a user's `npm run dev` does.
const filters = { ...EMPTY_FILTERS, levels: ['county' as const] };
const OPTIONS: [string, (theme: typeof LIGHT_THEME) => ECOption][] = [
  ['category', (theme) => buildCategoryOption(countByCategory(FIXTURE, filters), { theme })],
  ['level', (theme) => buildLevelOption(countByLevel(FIXTURE, filters), { theme })],
  ['prefecture', (theme) => buildPrefectureOption(countByPrefecture(FIXTURE, filters), { theme })],
  [
    'level-category',
    (theme) => buildLevelCategoryOption(countByLevelAndCategory(FIXTURE, filters), { theme }),
  ],
];

describe.each(OPTIONS)('the %s chart', (_name, build) => {
  it.each([LIGHT_THEME, DARK_THEME])('renders in ECharts without errors ($name theme)', (theme) => {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 800, height: 500 });
    try {
      chart.setOption({ ...build(theme), animation: false });
      const svg = chart.renderToSVGString();
      // Something was drawn: more than an empty frame.
      expect(svg.match(/<path|<rect/g)?.length ?? 0).toBeGreaterThan(5);
    } finally {
      chart.dispose();
    }
  });
});

describe('the level × category heatmap', () => {
  it('colours every count, including the top step', () => {
    const top = LIGHT_THEME.ramp.length - 1;
    // As many city-level 全过程人民民主 projects (half by tag) as the ramp has steps above zero: the last step.
    const projects = PREFECTURES.slice(0, top).map((p, i) =>
      createProject({
        level: 'city',
        prefecture: p.code,
        ...(i % 2 ? { category: 'democracy' } : { category: 'deputy', tags: ['democracy'] }),
      }),
    );
    const cells = countByLevelAndCategory(projects, EMPTY_FILTERS);
    expect(cells.find((c) => c.level === 'city' && c.category === 'democracy')!.count).toBe(top);
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 800, height: 500 });
    try {
      chart.setOption({ ...buildLevelCategoryOption(cells, { theme: LIGHT_THEME }), animation: false });
      const svg = chart.renderToSVGString().toLowerCase();
      // One filled cell per count at or above the top step (labels are drawn in white, not in this colour).
      const topFills = svg.split(`fill="${LIGHT_THEME.ramp[top]!.toLowerCase()}"`).length - 1;
      expect(topFills).toBe(cells.filter((c) => c.count >= top).length);
    } finally {
      chart.dispose();
    }
  });
});
