import { EMPTY_VIEW } from '../filters';
import type { ViewState } from '../filters';
import { decodeView, encodeView, toSearch } from '../url';

const IDS = new Set(Array.from({ length: 35 }, (_, i) => i + 1));
const decode = (search: string) => decodeView(new URLSearchParams(search), IDS);

describe('URL codec', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      categories: ['legislation', 'supervision'],
      levels: ['city', 'county'],
      region: '410100',
      query: '立法',
      project: 13,
    };
    const search = toSearch(encodeView(view));
    expect(search).toBe(
      '?cat=legislation,supervision&level=city,county&region=410100&q=%E7%AB%8B%E6%B3%95&project=13',
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
});
