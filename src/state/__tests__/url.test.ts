import { EMPTY_VIEW } from '../filters';
import type { ViewState } from '../filters';
import { decodeView, encodeView, readSearch, toSearch } from '../url';

const IDS = new Set(Array.from({ length: 35 }, (_, i) => i + 1));
// As the app reads the address bar.
const decode = (search: string) => decodeView(readSearch(search), IDS);

describe('URL codec', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      categories: ['legislation', 'supervision'],
      levels: ['city', 'county'],
      region: '410100',
      query: '立法',
      project: 13,
      mode: 'present',
      interval: 30,
    };
    const search = toSearch(encodeView(view));
    expect(search).toBe(
      '?cat=legislation,supervision&level=city,county&region=410100&q=%E7%AB%8B%E6%B3%95&project=13&mode=present&interval=30',
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

  it('keeps list values in canonical order and cuts overlong search text', () => {
    expect(decode('?cat=democracy,legislation,democracy').categories).toEqual(['legislation', 'democracy']);
    expect(decode(`?q=${'很'.repeat(300)}`).query).toHaveLength(100);
  });

  describe('links cut or mangled on the way (chat apps cut long links)', () => {
    it('keeps every parameter and the text that decodes when a link is cut inside a percent-escape', () => {
      for (const cut of ['%E7%9B%91%E7%9D', '%E7%9B%91%E7%9', '%E7%9B%91%E7', '%E7%9B%91%', '%E7%9B%91']) {
        expect(decode(`?cat=supervision&q=${cut}`), cut).toEqual({
          ...EMPTY_VIEW,
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
      expect(decode('?mode=present&interval=5')).toEqual({ ...EMPTY_VIEW, mode: 'present', interval: 5 });
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
      expect(toSearch(encodeView({ ...EMPTY_VIEW, interval: 10 }))).toBe('');
      expect(toSearch(encodeView({ ...EMPTY_VIEW, mode: 'present' }))).toBe('?mode=present');
      expect(toSearch(encodeView({ ...EMPTY_VIEW, interval: 500 }))).toBe('?interval=120');
      expect(toSearch(encodeView({ ...EMPTY_VIEW, interval: 2.5 }))).toBe('?interval=3');
    });

    it('round-trips every interval in range', () => {
      for (let interval = 3; interval <= 120; interval += 1) {
        const view: ViewState = { ...EMPTY_VIEW, mode: 'present', interval };
        expect(decode(toSearch(encodeView(view)))).toEqual(view);
      }
    });
  });
});
