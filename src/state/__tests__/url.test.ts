import { FIXTURE } from '../../test/fixtures';
import { EMPTY_VIEW } from '../filters';
import type { ViewState } from '../filters';
import { decodeView, decodeYear, encodeView, readSearch, toSearch } from '../url';
import type { YearChoice } from '../url';

const IDS = new Set(FIXTURE.map((p) => p.id));
const COUNTIES = new Map(
  FIXTURE.flatMap((p) => (p.county && p.prefecture ? [[p.county, p.prefecture]] : [])),
);
// One list (what a build with a single year has), and two.
const ONE_YEAR: YearChoice = { years: [2030], defaultYear: 2030 };
const TWO_YEARS: YearChoice = { years: [2031, 2030], defaultYear: 2031 };
/** The view of a link that says nothing, with one list. */
const DEFAULT_VIEW: ViewState = { ...EMPTY_VIEW, year: 2030 };
// As the app reads the address bar.
const decode = (search: string, years = ONE_YEAR) => decodeView(readSearch(search), IDS, COUNTIES, years);
const encode = (view: ViewState, years = ONE_YEAR) => toSearch(encodeView(view, years));

describe('URL codec', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      categories: ['legislation', 'supervision'],
      levels: ['city', 'county'],
      region: '410100',
      county: '410105',
      query: '立法',
      year: 2030,
      project: 4,
      mode: 'present',
      interval: 30,
    };
    const search = encode(view);
    expect(search).toBe(
      '?cat=legislation,supervision&level=city,county&region=410100&county=410105&q=%E7%AB%8B%E6%B3%95&project=4&mode=present&interval=30',
    );
    expect(decode(search)).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(encode(DEFAULT_VIEW)).toBe('');
  });

  it('reads a link like the README’s example', () => {
    expect(decode('?cat=legislation,supervision&level=city,county&region=410100&q=立法&project=4')).toEqual({
      categories: ['legislation', 'supervision'],
      levels: ['city', 'county'],
      region: '410100',
      county: null,
      query: '立法',
      year: 2030,
      project: 4,
      mode: 'office',
      interval: 10,
    });
  });

  it('drops unknown keys and malformed values without throwing', () => {
    expect(decode('?cat=legislation,foo,&level=galaxy&region=999999&project=abc&utm=x')).toEqual({
      ...DEFAULT_VIEW,
      categories: ['legislation'],
    });
    // One past the list's last project.
    expect(decode(`?project=${FIXTURE.length + 1}`)).toEqual(DEFAULT_VIEW);
    expect(decode('?project=1e1')).toEqual(DEFAULT_VIEW);
    expect(decode('?region=&cat=&q=%20%20')).toEqual(DEFAULT_VIEW);
    expect(() => decode('?q=%E0%A4%A')).not.toThrow();
  });

  describe('year', () => {
    it('reads a year that has a list, and means the newest for any other', () => {
      expect(decodeYear(readSearch('?year=2030'), TWO_YEARS)).toBe(2030);
      expect(decodeYear(readSearch('?year=2031'), TWO_YEARS)).toBe(2031);
      for (const search of [
        '',
        '?year=',
        '?year=2029',
        '?year=2032',
        '?year=02030',
        '?year=2030.0',
        '?year=abcd',
      ]) {
        expect(decodeYear(readSearch(search), TWO_YEARS), search).toBe(2031);
      }
      expect(decode('?year=2031').year).toBe(2030);
    });

    it('writes the year only when there is more than one list, then always (a shared link keeps its year)', () => {
      expect(encode({ ...DEFAULT_VIEW, region: '411500' })).toBe('?region=411500');
      expect(encode({ ...DEFAULT_VIEW, year: 2031 }, TWO_YEARS)).toBe('?year=2031');
      expect(encode({ ...DEFAULT_VIEW, year: 2030, region: '411500' }, TWO_YEARS)).toBe(
        '?year=2030&region=411500',
      );
    });

    it('round-trips a view of each year', () => {
      for (const year of TWO_YEARS.years) {
        const view: ViewState = { ...DEFAULT_VIEW, year, levels: ['county'], project: 6 };
        expect(decode(encode(view, TWO_YEARS), TWO_YEARS)).toEqual(view);
      }
    });

    it('shows the newest list for an unknown year, keeping the rest of the link', () => {
      expect(decode('?year=1999&level=county', TWO_YEARS)).toEqual({
        ...DEFAULT_VIEW,
        year: 2031,
        levels: ['county'],
      });
    });
  });

  describe('county', () => {
    it('reads a county of the region', () => {
      expect(decode('?region=411500&county=411525')).toEqual({
        ...DEFAULT_VIEW,
        region: '411500',
        county: '411525',
      });
    });

    it('drops a county without its region, of another region, unknown or malformed', () => {
      for (const search of [
        '?county=411525',
        '?region=410100&county=411525',
        '?region=411500&county=411599',
        '?region=411500&county=411500',
        '?region=411500&county=4115250',
        '?region=999999&county=411525',
      ]) {
        expect(decode(search).county).toBeNull();
      }
      expect(decode('?region=410100&county=411525').region).toBe('410100');
    });

    it('writes a county only with its region', () => {
      expect(encode({ ...DEFAULT_VIEW, region: '411500', county: '411525' })).toBe(
        '?region=411500&county=411525',
      );
      expect(encode({ ...DEFAULT_VIEW, county: '411525' })).toBe('');
    });
  });

  it('keeps list values in canonical order and cuts overlong search text', () => {
    expect(decode('?cat=democracy,legislation,democracy').categories).toEqual(['legislation', 'democracy']);
    expect(decode(`?q=${'很'.repeat(300)}`).query).toHaveLength(100);
  });

  describe('links cut or mangled on the way (chat apps cut long links)', () => {
    it('keeps every parameter and the text that decodes when a link is cut inside a percent-escape', () => {
      for (const cut of ['%E7%9B%91%E7%9D', '%E7%9B%91%E7%9', '%E7%9B%91%E7', '%E7%9B%91%', '%E7%9B%91']) {
        expect(decode(`?cat=supervision&q=${cut}`), cut).toEqual({
          ...DEFAULT_VIEW,
          categories: ['supervision'],
          query: '监',
        });
      }
      expect(decode('?q=%E7%9B%91%E7%9D&cat=supervision').categories).toEqual(['supervision']);
    });

    it('reads well-formed links exactly as URLSearchParams does', () => {
      for (const search of ['?q=50%25', '?q=a+b', '?q=a%zzb', '?q=%2B1&x=&y', '?cat=legislation%2Cdeputy']) {
        expect([...readSearch(search)], search).toEqual([...new URLSearchParams(search)]);
      }
    });

    it('cuts overlong search text by code point, never leaving half a surrogate pair', () => {
      const query = decode(`?q=${encodeURIComponent('a'.repeat(99) + '𠀀𠀀')}`).query;
      expect(query).toBe(`${'a'.repeat(99)}𠀀`);
      expect(Array.from(decode(`?q=${encodeURIComponent('𠀀'.repeat(150))}`).query)).toHaveLength(100);
      const cut = decode(`?q=${encodeURIComponent('𠀀'.repeat(150))}`).query;
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut), 'lone high surrogate').toBe(false);
    });
  });

  describe('presentation mode and tour interval', () => {
    it('reads mode=present and a whole-second interval', () => {
      expect(decode('?mode=present&interval=5')).toEqual({ ...DEFAULT_VIEW, mode: 'present', interval: 5 });
    });

    it('reads mode=presenter (the console) and writes it back', () => {
      expect(decode('?mode=presenter').mode).toBe('presenter');
      expect(encode({ ...DEFAULT_VIEW, mode: 'presenter' })).toBe('?mode=presenter');
    });

    it('pulls out-of-range intervals into 3–120 seconds', () => {
      expect(decode('?interval=1').interval).toBe(3);
      expect(decode('?interval=0').interval).toBe(3);
      expect(decode('?interval=121').interval).toBe(120);
      expect(decode('?interval=9999').interval).toBe(120);
    });

    it('rounds any number to whole seconds and pulls it into range, as the README says', () => {
      const cases: [string, number][] = [
        ['99999', 120],
        ['-5', 3],
        ['3.5', 4],
        ['5.4', 5],
        ['1e1', 10],
        [' 15 ', 15],
      ];
      for (const [raw, seconds] of cases) {
        expect(decode(`?interval=${encodeURIComponent(raw)}`).interval, raw).toBe(seconds);
      }
    });

    it('ignores malformed modes and non-numeric intervals', () => {
      for (const bad of ['', 'abc', 'Infinity', '5s', '--5']) {
        expect(decode(`?interval=${encodeURIComponent(bad)}`).interval, bad).toBe(10);
      }
      expect(decode('?mode=PRESENT').mode).toBe('office');
      expect(decode('?mode=').mode).toBe('office');
    });

    it('omits the office mode and the default interval, and writes only valid intervals', () => {
      expect(encode({ ...DEFAULT_VIEW, interval: 10 })).toBe('');
      expect(encode({ ...DEFAULT_VIEW, mode: 'present' })).toBe('?mode=present');
      expect(encode({ ...DEFAULT_VIEW, interval: 500 })).toBe('?interval=120');
      expect(encode({ ...DEFAULT_VIEW, interval: 2.5 })).toBe('?interval=3');
    });

    it('round-trips every interval in range', () => {
      for (let interval = 3; interval <= 120; interval += 1) {
        const view: ViewState = { ...DEFAULT_VIEW, mode: 'present', interval };
        expect(decode(encode(view))).toEqual(view);
      }
    });
  });
});
