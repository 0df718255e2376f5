import { EMPTY_VIEW } from '../filters';
import type { ViewState } from '../filters';
import { decodeView, encodeView, toSearch } from '../url';

const IDS = new Set(Array.from({ length: 35 }, (_, i) => i + 1));
const COUNTIES = new Map([
  ['410105', '410100'],
  ['411525', '411500'],
]);
const decode = (search: string) => decodeView(new URLSearchParams(search), IDS, COUNTIES);

describe('URL codec', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      categories: ['legislation', 'supervision'],
      levels: ['city', 'county'],
      region: '410100',
      county: '410105',
      query: '立法',
      project: 13,
      mode: 'present',
      interval: 30,
    };
    const search = toSearch(encodeView(view));
    expect(search).toBe(
      '?cat=legislation,supervision&level=city,county&region=410100&county=410105&q=%E7%AB%8B%E6%B3%95&project=13&mode=present&interval=30',
    );
    expect(decode(search)).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(toSearch(encodeView(EMPTY_VIEW))).toBe('');
  });

  it('reads the example link of the issue', () => {
    expect(decode('?cat=legislation,supervision&level=city,county&region=410100&q=立法&project=13')).toEqual({
      categories: ['legislation', 'supervision'],
      levels: ['city', 'county'],
      region: '410100',
      county: null,
      query: '立法',
      project: 13,
      mode: 'office',
      interval: 10,
    });
  });

  it('drops unknown keys and malformed values without throwing', () => {
    expect(decode('?cat=legislation,foo,&level=galaxy&region=999999&project=abc&utm=x')).toEqual({
      ...EMPTY_VIEW,
      categories: ['legislation'],
    });
    expect(decode('?project=36')).toEqual(EMPTY_VIEW);
    expect(decode('?project=1e1')).toEqual(EMPTY_VIEW);
    expect(decode('?region=&cat=&q=%20%20')).toEqual(EMPTY_VIEW);
    expect(() => decode('?q=%E0%A4%A')).not.toThrow();
  });

  describe('county', () => {
    it('reads a county of the region', () => {
      expect(decode('?region=411500&county=411525')).toEqual({
        ...EMPTY_VIEW,
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
      expect(toSearch(encodeView({ ...EMPTY_VIEW, region: '411500', county: '411525' }))).toBe(
        '?region=411500&county=411525',
      );
      expect(toSearch(encodeView({ ...EMPTY_VIEW, county: '411525' }))).toBe('');
    });
  });

  it('keeps list values in canonical order and cuts overlong search text', () => {
    expect(decode('?cat=democracy,legislation,democracy').categories).toEqual(['legislation', 'democracy']);
    expect(decode(`?q=${'很'.repeat(300)}`).query).toHaveLength(100);
  });

  describe('presentation mode and tour interval', () => {
    it('reads mode=present and a whole-second interval', () => {
      expect(decode('?mode=present&interval=5')).toEqual({ ...EMPTY_VIEW, mode: 'present', interval: 5 });
    });

    it('pulls out-of-range intervals into 3–120 seconds', () => {
      expect(decode('?interval=1').interval).toBe(3);
      expect(decode('?interval=0').interval).toBe(3);
      expect(decode('?interval=121').interval).toBe(120);
      expect(decode('?interval=9999').interval).toBe(120);
    });

    it('ignores malformed modes and intervals', () => {
      for (const bad of ['', 'abc', '5.5', '-5', '1e1', ' 5', '99999']) {
        expect(decode(`?interval=${encodeURIComponent(bad)}`).interval).toBe(10);
      }
      expect(decode('?mode=PRESENT').mode).toBe('office');
      expect(decode('?mode=').mode).toBe('office');
    });

    it('omits the office mode and the default interval, and writes only valid intervals', () => {
      expect(toSearch(encodeView({ ...EMPTY_VIEW, interval: 10 }))).toBe('');
      expect(toSearch(encodeView({ ...EMPTY_VIEW, mode: 'present' }))).toBe('?mode=present');
      expect(toSearch(encodeView({ ...EMPTY_VIEW, interval: 500 }))).toBe('?interval=120');
      expect(toSearch(encodeView({ ...EMPTY_VIEW, interval: 2.5 }))).toBe('');
    });

    it('round-trips every interval in range', () => {
      for (let interval = 3; interval <= 120; interval += 1) {
        const view: ViewState = { ...EMPTY_VIEW, mode: 'present', interval };
        expect(decode(toSearch(encodeView(view)))).toEqual(view);
      }
    });
  });
});
