import { EMPTY_FILTERS } from '../filters';
import type { Filters } from '../filters';
import { describeFilters, documentTitle, filtersSlug } from '../describe-filters';

const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });

describe('describeFilters', () => {
  it('says 全部项目 when nothing narrows the list', () => {
    expect(describeFilters(EMPTY_FILTERS)).toBe('全部项目');
    expect(describeFilters(filters({ query: '   ' }))).toBe('全部项目');
  });

  it('names each active group with its values', () => {
    expect(describeFilters(filters({ categories: ['supervision'], levels: ['county'] }))).toBe(
      '筛选：类别=监督；层级=县级',
    );
    expect(
      describeFilters(
        filters({
          region: '410100',
          categories: ['deputy', 'legislation'],
          levels: ['city'],
          query: ' 立法 ',
        }),
      ),
    ).toBe('筛选：地区=郑州市；类别=立法、代表工作；层级=市级；搜索=“立法”');
  });

  it('names a chosen county after its prefecture, by the name it is given', () => {
    const xinyang = filters({ region: '411500', county: '411525' });
    expect(describeFilters(xinyang, '固始县')).toBe('筛选：地区=信阳市 · 固始县');
    expect(describeFilters(xinyang)).toBe('筛选：地区=信阳市 · 411525');
  });
});

describe('filtersSlug', () => {
  it('is 全部 when unfiltered and joins the groups with hyphens', () => {
    expect(filtersSlug(EMPTY_FILTERS)).toBe('全部');
    expect(filtersSlug(filters({ categories: ['supervision'], levels: ['county'] }))).toBe('监督-县级');
    expect(filtersSlug(filters({ region: '410100', categories: ['legislation'] }))).toBe('郑州市-立法');
    expect(filtersSlug(filters({ categories: ['legislation', 'supervision'] }))).toBe('立法、监督');
    expect(filtersSlug(filters({ region: '411500', county: '411525' }), '固始县')).toBe('信阳市-固始县');
  });

  it('marks a search as 搜索“…”, so it never reads as the category of the same word', () => {
    expect(filtersSlug(filters({ query: '立法' }))).toBe('搜索“立法”');
    expect(filtersSlug(filters({ query: '立法' }))).not.toBe(
      filtersSlug(filters({ categories: ['legislation'] })),
    );
    expect(filtersSlug(filters({ region: '410100', categories: ['legislation'], query: '人大' }))).toBe(
      '郑州市-立法-搜索“人大”',
    );
  });

  it('keeps search text file-system safe and short', () => {
    expect(filtersSlug(filters({ query: 'a/b:c*?"<>|  d' }))).toBe('搜索“a_b_c_d”');
    expect(filtersSlug(filters({ query: '“立法”' }))).toBe('搜索“立法”');
    expect(filtersSlug(filters({ query: '../..' }))).toBe('搜索');
    const long = filtersSlug(filters({ query: '长'.repeat(100) }));
    expect([...long]).toHaveLength(40);
    expect(long.endsWith('…”')).toBe(true);
    const crowded = filtersSlug(
      filters({
        categories: ['legislation', 'supervision', 'deputy', 'democracy', 'general'],
        query: '长'.repeat(100),
      }),
    );
    expect([...crowded].length).toBeLessThanOrEqual(40);
    expect(crowded).toMatch(/-搜索“长+…”$/u);
  });
});

describe('documentTitle', () => {
  const base = '河南省人大系统“出彩工作”（2022年度）';

  it('is the dashboard title alone for the whole list', () => {
    expect(documentTitle({ base, filters: EMPTY_FILTERS, mode: 'office' })).toBe(base);
  });

  it('puts the filters in words before it', () => {
    const view = filters({ region: '411500', levels: ['county'], query: '人大' });
    expect(documentTitle({ base, filters: view, mode: 'office' })).toBe(`信阳市 · 县级 · “人大” — ${base}`);
  });

  it('names an open project instead, and marks presentation', () => {
    const view = filters({ region: '411500' });
    expect(documentTitle({ base, filters: view, projectTitle: '某项目', mode: 'office' })).toBe(
      `某项目 — ${base}`,
    );
    expect(documentTitle({ base, filters: view, mode: 'present' })).toBe(`演示 — 信阳市 — ${base}`);
    expect(documentTitle({ base, filters: view, mode: 'presenter' })).toBe(`演讲者视图 — 信阳市 — ${base}`);
  });
});
