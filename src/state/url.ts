import { CATEGORY_KEYS, LEVEL_KEYS, lists, PREFECTURE_CODES } from '../data';
import type { Category, Level } from '../data';
import { clipQuery, DEFAULT_INTERVAL, MAX_INTERVAL, MIN_INTERVAL } from './filters';
import type { Mode, ViewState } from './filters';

function pickList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  // Keep the canonical order so the same view always has the same URL.
  return allowed.filter((key) => wanted.has(key));
}

function pickProject(value: string | null, projectIds: ReadonlySet<number>): number | null {
  if (!value || !/^\d{1,3}$/.test(value)) return null;
  const id = Number(value);
  return projectIds.has(id) ? id : null;
}

function pickMode(value: string | null): Mode {
  return value === 'present' || value === 'presenter' ? value : 'office';
}

// Any number is rounded to whole seconds and pulled into range (interval=1 still means "fast", 99999 "slow");
// what is not a number means the default.
function pickInterval(value: string | null): number {
  const seconds = value === null || value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(seconds)) return DEFAULT_INTERVAL;
  return Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, Math.round(seconds)));
}

const HEX_PAIR = /^[0-9a-f]{2}$/i;

// Decodes a URL component as far as it decodes. A link cut inside a percent-escape (chat apps cut long links)
// loses only the broken tail: the cut '%E7%9' and the incomplete character before it are dropped, never shown
// as '�%'. A '%' that escapes nothing elsewhere stays a literal '%', as URLSearchParams reads it.
function decodeComponent(raw: string): string {
  const text = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    // Malformed: decode byte by byte below.
  }
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length;) {
    if (text[i] === '%' && HEX_PAIR.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (text[i] === '%' && i >= text.length - 2) {
      break; // '%' or '%E' at the very end: an escape cut in half
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
      bytes.push(...encoder.encode(char));
      i += char.length;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\uFFFD/g, '');
}

/**
 * Reads a query string (`?a=1&b=2`) like URLSearchParams, but forgiving of cut links: see decodeComponent. Use it
 * instead of `new URLSearchParams(location.search)` for anything a user may have pasted.
 */
export function readSearch(search: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    params.append(decodeComponent(key), eq < 0 ? '' : decodeComponent(pair.slice(eq + 1)));
  }
  return params;
}

/** The years a link may name (newest first), and the one a link without `year=` means. */
export interface YearChoice {
  readonly years: readonly number[];
  readonly defaultYear: number;
}

/** The year a link names, if it has a list; else the default year. */
export function decodeYear(params: URLSearchParams, choice: YearChoice): number {
  const value = params.get('year');
  const year = value !== null && /^\d{4}$/.test(value) ? Number(value) : NaN;
  return choice.years.includes(year) ? year : choice.defaultYear;
}

/** Counties a link may choose: county code → the prefecture it belongs to. */
export type CountyRegions = ReadonlyMap<string, string>;

/**
 * Reads a view from URL parameters; unknown keys and malformed values are dropped, never thrown on. A county
 * is kept only if it is one of `counties` and belongs to the region.
 */
export function decodeView(
  params: URLSearchParams,
  projectIds: ReadonlySet<number>,
  counties: CountyRegions = new Map(),
  years: YearChoice = lists,
): ViewState {
  const param = params.get('region');
  const region = param !== null && PREFECTURE_CODES.has(param) ? param : null;
  const county = params.get('county');
  return {
    categories: pickList<Category>(params.get('cat'), CATEGORY_KEYS),
    levels: pickList<Level>(params.get('level'), LEVEL_KEYS),
    region,
    county: county !== null && region !== null && counties.get(county) === region ? county : null,
    query: clipQuery((params.get('q') ?? '').trim()),
    year: decodeYear(params, years),
    project: pickProject(params.get('project'), projectIds),
    mode: pickMode(params.get('mode')),
    interval: pickInterval(params.get('interval')),
  };
}

/**
 * Writes a view as URL parameters, omitting what is at its default. The year is written whenever there is more
 * than one list, so that a shared link keeps showing its year after a newer list arrives.
 */
export function encodeView(view: ViewState, years: YearChoice = lists): URLSearchParams {
  const params = new URLSearchParams();
  if (years.years.length > 1) params.set('year', String(view.year));
  const categories = CATEGORY_KEYS.filter((k) => view.categories.includes(k));
  const levels = LEVEL_KEYS.filter((k) => view.levels.includes(k));
  if (categories.length > 0) params.set('cat', categories.join(','));
  if (levels.length > 0) params.set('level', levels.join(','));
  if (view.region !== null) params.set('region', view.region);
  if (view.region !== null && view.county !== null) params.set('county', view.county);
  const query = view.query.trim();
  if (query !== '') params.set('q', query);
  if (view.project !== null) params.set('project', String(view.project));
  if (view.mode !== 'office') params.set('mode', view.mode);
  const interval = pickInterval(String(view.interval));
  if (interval !== DEFAULT_INTERVAL) params.set('interval', String(interval));
  return params;
}

/** A URLSearchParams as a `?…` string (or '' when empty), with commas kept readable. */
export function toSearch(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
