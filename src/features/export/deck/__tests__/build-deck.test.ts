import { PREFECTURES } from '../../../../data';
import type { Project, ProjectList } from '../../../../data';
import { TAGGED_CHART } from '../../../../charts/__tests__/extra-chart';
import { CHARTS } from '../../../../charts/chart-list';
import { createList, createProject } from '../../../../test/data-generators';
import { FIXTURE, FIXTURE_LIST } from '../../../../test/fixtures';
import { shippedList } from '../../../../test/shipped-list';
import { fillFor } from '../../../../state/chart-colours';
import { countByLevelAndCategory } from '../../../../charts/level-category/level-category-counts';
import { countByLevel } from '../../../../charts/level/level-counts';
import { countByPrefecture } from '../../../../charts/prefecture/prefecture-counts';
import { LIGHT_THEME } from '../../../../lib/theme';
import { filterProjects } from '../../../../state/filter-projects';
import { EMPTY_FILTERS, PROVINCE_FOCUS } from '../../../../state/filters';
import type { Filters } from '../../../../state/filters';
import { buildDeck, chineseDate, fitBox } from '../build-deck';
import { faded } from '../chart-slides';
import type { ChartElement, Deck, DeckElement, TableElement, TextElement } from '../deck-types';
import { projectPages, TABLE_ROOM } from '../project-slides';
import { CONTENT_BOTTOM, SLIDE_H, SLIDE_W } from '../slide-frame';
import { runsHeight } from '../slide-text';
import { PROJECTS } from './deck-fixture';

const DATE = new Date(2026, 10, 25, 12, 0);
const deckFor = (patch: Partial<Filters> = {}, list: ProjectList = FIXTURE_LIST): Deck =>
  buildDeck({
    list,
    filters: { ...EMPTY_FILTERS, ...patch },
    charts: CHARTS,
    date: DATE,
    mapAspect: 1.2,
    mapWords: { note: '颜色：各省辖市市级、县级项目数；金色标记为省级项目（单列，不计入郑州）' },
  });

const textsOf = (elements: readonly DeckElement[]) =>
  elements.filter((e): e is TextElement => e.kind === 'text').map((e) => e.runs.map((r) => r.text).join(''));
const tablesOf = (deck: Deck) =>
  deck.slides.flatMap((s) => s.elements.filter((e): e is TableElement => e.kind === 'table'));
const listedIds = (deck: Deck) =>
  deck.slides
    .filter((s) => s.key.startsWith('projects:'))
    .flatMap((s) => tablesOf({ ...deck, slides: [s] }))
    // A row of one cell across the table names the prefecture whose projects follow.
    .flatMap((t) => t.rows.slice(1).filter((r) => r.cells.length > 1))
    .map((r) => Number(r.cells[0]!.runs[0]!.text));
const tableHeight = (t: TableElement) => t.rows.reduce((sum, r) => sum + r.h, 0);
const longTitle = (p: Project, i: number): Project => ({
  ...p,
  title: `${p.title}${'以及较长的补充说明文字'.repeat(i % 4)}`,
});

/** Every element inside the slide, every text inside its box, tables and charts above the footer; numbered. */
function expectLaidOut(deck: Deck) {
  deck.slides.forEach((slide, i) => {
    for (const el of slide.elements) {
      const box =
        el.kind === 'table'
          ? { x: el.x, y: el.y, w: el.colW.reduce((a, b) => a + b, 0), h: tableHeight(el) }
          : el.box;
      expect(box.x, slide.key).toBeGreaterThanOrEqual(0);
      expect(box.y, slide.key).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w, slide.key).toBeLessThanOrEqual(SLIDE_W + 1e-9);
      expect(box.y + box.h, slide.key).toBeLessThanOrEqual(SLIDE_H + 1e-9);
      if (el.kind === 'text') {
        const words = el.runs.map((r) => r.text).join('');
        expect(runsHeight(el.runs, el.fontSize, el.box.w), `${slide.key}: ${words}`).toBeLessThanOrEqual(
          el.box.h + 1e-9,
        );
      }
      if (el.kind === 'table' || el.kind === 'chart')
        expect(box.y + box.h, slide.key).toBeLessThanOrEqual(CONTENT_BOTTOM + 1e-9);
    }
    if (slide.key !== 'title' && slide.key !== 'closing') {
      expect(textsOf(slide.elements)).toContain(`${i + 1} / ${deck.slides.length}`);
    }
    expect(Math.min(...typeSizes(slide.elements)), slide.key).toBeGreaterThanOrEqual(10);
  });
}

/** Every type size on the slide: text boxes, their runs, table cells and theirs, charts' labels. */
function typeSizes(elements: readonly DeckElement[]): number[] {
  const sized = (base: number, runs: readonly { fontSize?: number }[]) => [
    base,
    ...runs.flatMap((r) => (r.fontSize === undefined ? [] : [r.fontSize])),
  ];
  return elements.flatMap((el) => {
    if (el.kind === 'text') return sized(el.fontSize, el.runs);
    if (el.kind === 'table') return el.rows.flatMap((r) => r.cells.flatMap((c) => sized(c.fontSize, c.runs)));
    if (el.kind === 'chart') return [el.fontSize];
    return [];
  });
}

describe('buildDeck', () => {
  it('opens with title, filter caption, source and date, then the map and the four statistics', () => {
    const deck = deckFor({ levels: ['county'] });
    const title = textsOf(deck.slides[0]!.elements);
    expect(title).toContain('河南省人大系统“出彩工作”（2030年度）');
    expect(title).toContain('筛选：层级=县级（符合 2 / 7 项）');
    expect(title).toContain('来源：测试办公厅公示（2030-12-01）');
    expect(title).toContain('汇报日期：2026年11月25日');
    expect(deck.slides.slice(1, 6).map((s) => s.key)).toEqual([
      'map',
      'chart:category',
      'chart:level',
      'chart:prefecture',
      'chart:level-category',
    ]);
    expect(deck.slides.at(-1)!.key).toBe('closing');
    expect(textsOf(deck.slides.at(-1)!.elements)).toContain('汇报完毕，谢谢！');
    expect(textsOf(deck.slides.at(-1)!.elements)).toContain('来源：测试办公厅公示（2030-12-01）');
    expect(deck.title).toBe('河南省人大系统“出彩工作”（2030年度） · 工作汇报');
  });

  it('is named after its list’s year', () => {
    const deck = deckFor({}, createList(FIXTURE, { year: 2031 }));
    expect(deck.title).toBe('河南省人大系统“出彩工作”（2031年度） · 工作汇报');
    expect(textsOf(deck.slides.at(-1)!.elements)).toContain('河南省人大系统“出彩工作”（2031年度）');
  });

  it('lists exactly the matching projects, 省级 first, then prefectures in code order', () => {
    for (const filters of [
      {},
      { levels: ['county' as const] },
      { categories: ['supervision' as const] },
      { query: '立法' },
    ]) {
      const deck = deckFor(filters);
      const expected = filterProjects(FIXTURE, { ...EMPTY_FILTERS, ...filters });
      expect(listedIds(deck).sort((a, b) => a - b)).toEqual(expected.map((p) => p.id));
    }
    const keys = deckFor()
      .slides.map((s) => s.key)
      .filter((k) => k.startsWith('projects:'));
    expect(keys[0]).toMatch(new RegExp(`^projects:${PROVINCE_FOCUS}`));
    const codes = keys.filter((k) => !k.includes(PROVINCE_FOCUS)).flatMap((k) => k.split(':')[1]!.split('+'));
    expect(codes).toEqual(['410100', '410300', '411500']);
  });

  it('puts prefectures with one or two projects on a shared slide: ?level=county has 8 slides in all', () => {
    // Title, map, four statistics, 郑州 (№4) and 信阳 (№6) together, closing.
    const deck = deckFor({ levels: ['county'] });
    const regional = deck.slides.filter((s) => s.key.startsWith('projects:'));
    expect(regional.map((s) => s.key)).toEqual(['projects:410100+411500']);
    expect(textsOf(regional[0]!.elements)).toContain('郑州市、信阳市 · 2 项');
    const table = regional[0]!.elements.find((e): e is TableElement => e.kind === 'table')!;
    expect(table.rows.map((r) => r.cells[0]!.runs[0]!.text)).toEqual([
      '№',
      '郑州市 · 1 项',
      '4',
      '信阳市 · 1 项',
      '6',
    ]);
    expect(deck.slides).toHaveLength(8);
  });

  it('shows where a regional slide’s projects are: a locator map with its prefectures, none for 省级', () => {
    const deck = deckFor();
    const images = (key: string) =>
      deck.slides.find((s) => s.key === key)!.elements.filter((e) => e.kind === 'image');
    const shared = deck.slides.find((s) => s.key.startsWith('projects:410100'))!;
    expect(images(shared.key).map((e) => e.slot)).toEqual([`locator:${shared.key.split(':')[1]}`]);
    expect(textsOf(shared.elements)).toContain('红色：郑州市、洛阳市、信阳市');
    expect(images(`projects:${PROVINCE_FOCUS}`)).toEqual([]);
  });

  it('gives a deck of one prefecture one project slide', () => {
    const deck = deckFor({ region: '411500' });
    expect(deck.slides.filter((s) => s.key.startsWith('projects:')).map((s) => s.key)).toEqual([
      'projects:411500',
    ]);
  });

  it('carries speaker notes on every project slide: each project’s title, unit, level, figures and summary', () => {
    const deck = deckFor();
    for (const slide of deck.slides.filter((s) => s.key.startsWith('projects:'))) {
      const ids = listedIds({ ...deck, slides: [slide] });
      expect(ids.length).toBeGreaterThan(0);
      for (const project of FIXTURE.filter((p) => ids.includes(p.id))) {
        expect(slide.notes).toContain(`№${project.id} ${project.title}`);
        expect(slide.notes).toContain(`申报单位：${project.unit}`);
        expect(slide.notes).toContain(project.summary.slice(0, 20));
      }
    }
    expect(deck.slides.find((s) => s.key === 'map')!.notes).toBeUndefined();
  });

  it('says so when nothing matches, and still has its title and closing slides', () => {
    const deck = deckFor({ query: '不存在的词语' });
    expect(deck.slides.map((s) => s.key)).toContain('projects:none');
    expect(listedIds(deck)).toEqual([]);
  });

  it('keeps every element on the slide and every text inside its box; numbers the content slides', () => {
    const longTitles = { ...FIXTURE_LIST, projects: FIXTURE.map(longTitle) };
    for (const deck of [
      deckFor(),
      deckFor({ levels: ['county'] }),
      deckFor({ query: '代表'.repeat(40) }),
      deckFor({}, longTitles),
    ]) {
      expectLaidOut(deck);
    }
  });

  it('writes the statistics as native charts with the dashboard counts', () => {
    const filters = { ...EMPTY_FILTERS, categories: ['supervision' as const] };
    const deck = deckFor(filters);
    const chartOn = (key: string) =>
      deck.slides.find((s) => s.key === key)!.elements.find((e): e is ChartElement => e.kind === 'chart')!;
    // 监督: №2 (省级), №6 (县级), №7 (市级, by its tag).
    expect(chartOn('chart:level').series[0]!.values).toEqual([1, 1, 1]);
    expect(chartOn('chart:level').series[0]!.values).toEqual(
      countByLevel(FIXTURE, filters).map((c) => c.count),
    );
    const prefecture = chartOn('chart:prefecture');
    const counts = countByPrefecture(FIXTURE, filters);
    expect(prefecture.categories).toHaveLength(1 + PREFECTURES.length);
    expect(prefecture.series[0]!.values).toEqual([
      counts.province.count,
      ...counts.prefectures.map((p) => p.count),
    ]);
    expect(prefecture.series[0]!.barColours).toHaveLength(1 + PREFECTURES.length);
    const heat = deck.slides
      .find((s) => s.key === 'chart:level-category')!
      .elements.find((e) => e.kind === 'table') as TableElement;
    expect(heat.rows).toHaveLength(4);
    const matrix = countByLevelAndCategory(FIXTURE, filters);
    const written = heat.rows.slice(1).flatMap((r) => r.cells.slice(1));
    expect(written.map((c) => Number(c.runs[0]!.text))).toEqual(matrix.map((c) => c.count));
    expect(written.map((c) => c.fill)).toEqual(matrix.map((c) => fillFor(c.count, LIGHT_THEME)));
  });

  it('fades what the filters leave out of a chart, as the dashboard dims it', () => {
    const deck = deckFor({ levels: ['county'] });
    const level = deck.slides
      .find((s) => s.key === 'chart:level')!
      .elements.find((e): e is ChartElement => e.kind === 'chart')!;
    expect(level.series[0]!.barColours).toEqual([
      faded(LIGHT_THEME.province),
      faded(LIGHT_THEME.accent),
      LIGHT_THEME.pin,
    ]);
    expect(faded('#b8141b')).toBe('#e6adaf');
    expect(textsOf(deck.slides.find((s) => s.key === 'chart:level')!.elements).join('')).toContain(
      '未选中的淡显',
    );
  });

  it('gives a chart registered in the list a slide of its own, with its heading, note, counts and words', () => {
    const deck = buildDeck({
      list: createList(PROJECTS),
      filters: EMPTY_FILTERS,
      charts: [...CHARTS, TAGGED_CHART],
      date: DATE,
      mapAspect: 1.2,
      mapWords: { note: '颜色：各省辖市市级、县级项目数' },
    });
    expect(deck.slides.slice(2, 7).map((s) => s.key)).toEqual([
      ...CHARTS.map((c) => `chart:${c.name}`),
      'chart:tagged',
    ]);
    const slide = deck.slides[6]!;
    expect(textsOf(slide.elements)).toEqual(
      expect.arrayContaining([
        '统计 · 按兼属情况',
        '有兼属类别与没有兼属类别的项目数',
        `7 / ${deck.slides.length}`,
      ]),
    );
    const chart = slide.elements.find((e): e is ChartElement => e.kind === 'chart')!;
    expect(chart.categories).toEqual(['有兼属类别', '无兼属类别']);
    expect(chart.series[0]!.values).toEqual([2, 4]);
    expect(chart.altText).toBe('有无兼属类别的项目数：有兼属类别 2 项，无兼属类别 4 项');
  });

  it('formats the date from the local calendar', () => {
    expect(chineseDate(new Date(2027, 0, 5, 23, 59))).toBe('2027年1月5日');
  });

  it('says what the map picture draws: its place and what its colours count, as the live map tells', () => {
    const drilled = buildDeck({
      list: FIXTURE_LIST,
      filters: { ...EMPTY_FILTERS, region: '411500' },
      charts: CHARTS,
      date: DATE,
      mapAspect: 1.2,
      mapWords: { place: '信阳市', note: '颜色：各县（市、区）县级项目数；红色标记为市级项目' },
    });
    const slide = drilled.slides.find((s) => s.key === 'map')!;
    expect(textsOf(slide.elements)).toContain('颜色：各县（市、区）县级项目数；红色标记为市级项目');
    const image = slide.elements.find((e) => e.kind === 'image')!;
    expect(image.altText).toBe('信阳市地图：筛选：地区=信阳市（符合 2 / 7 项）');
    const province = deckFor().slides.find((s) => s.key === 'map')!;
    expect(province.elements.find((e) => e.kind === 'image')!.altText).toMatch(/^河南省地图：/u);
  });

  it('fits the map picture in its box without distorting it', () => {
    const box = fitBox({ x: 1, y: 1, w: 8, h: 5 }, 2);
    expect(box).toEqual({ x: 1, y: 1.5, w: 8, h: 4 });
    expect(fitBox({ x: 0, y: 0, w: 8, h: 5 }, 1).w).toBe(5);
  });
});

describe('projectPages', () => {
  // Thirty province-level projects whose long titles, units and key figures take several rows each.
  const many = Array.from({ length: 30 }, (_, i) =>
    createProject({
      id: i + 1,
      level: 'province',
      unit: '省人大常委会某某工作委员会及其办公室',
      summary: '接待群众26198人次，收集意见建议9989条。',
      highlights: [
        { label: '接待群众', value: 26198, unit: '人次' },
        { label: '收集意见建议', value: 9989, unit: '条' },
      ],
    }),
  ).map(longTitle);

  it('continues a group that does not fit on further slides, never past the footer', () => {
    const group = { focus: PROVINCE_FOCUS, name: '省级', projects: many };
    const pages = projectPages([group]);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.flatMap((p) => p.projectIds)).toEqual(many.map((p) => p.id));
    pages.forEach((page, i) => {
      expect(tableHeight(page.table)).toBeLessThanOrEqual(TABLE_ROOM + 1e-9);
      expect(page.title).toBe(`省级 · 30 项（${i + 1}/${pages.length}）`);
      expect(page.table.rows[0]!.cells.map((c) => c.runs[0]!.text)).toEqual([
        '№',
        '标题',
        '申报单位',
        '类别',
        '关键数字',
      ]);
    });
  });

  it('sets a small group in larger type on one slide', () => {
    const one = projectPages([{ focus: '410100', name: '郑州市', projects: [FIXTURE[2]!] }]);
    const eleven = projectPages([{ focus: PROVINCE_FOCUS, name: '省级', projects: many.slice(0, 11) }]);
    expect(one).toHaveLength(1);
    const titleSize = (pages: typeof one) => pages[0]!.table.rows[1]!.cells[1]!.fontSize;
    expect(titleSize(one)).toBeGreaterThan(titleSize(eleven));
  });
});

// Golden: the shipped list's real titles, units and figures are the longest there are; its deck must fit too.
describe('the deck of the shipped list', () => {
  it('keeps every element on the slide and every text inside its box, for all and for each level', () => {
    for (const levels of [[], ['province'], ['city'], ['county']] as Filters['levels'][]) {
      expectLaidOut(deckFor({ levels }, shippedList));
    }
  });

  it('fits the full view in at most 18 slides, with every project listed and its notes', () => {
    const deck = deckFor({}, shippedList);
    expect(deck.slides.length).toBeLessThanOrEqual(18);
    expect(listedIds(deck).sort((a, b) => a - b)).toEqual(shippedList.projects.map((p) => p.id));
    const notes = deck.slides.map((s) => s.notes ?? '').join('\n');
    for (const p of shippedList.projects) expect(notes).toContain(`№${p.id} ${p.title}`);
  });
});
