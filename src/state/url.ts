import { CATEGORY_KEYS, LEVEL_KEYS, PREFECTURE_CODES } from '../data';
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
  return value === 'present' ? 'present' : 'office';
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

/** Reads a view from URL parameters; unknown keys and malformed values are dropped, never thrown on. */
export function decodeView(params: URLSearchParams, projectIds: ReadonlySet<number>): ViewState {
  const region = params.get('region');
  return {
    categories: pickList<Category>(params.get('cat'), CATEGORY_KEYS),
    levels: pickList<Level>(params.get('level'), LEVEL_KEYS),
    region: region !== null && PREFECTURE_CODES.has(region) ? region : null,
    query: clipQuery((params.get('q') ?? '').trim()),
    project: pickProject(params.get('project'), projectIds),
    mode: pickMode(params.get('mode')),
    interval: pickInterval(params.get('interval')),
  };
}

/** Writes a view as URL parameters, omitting what is at its default. */
export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const categories = CATEGORY_KEYS.filter((k) => view.categories.includes(k));
  const levels = LEVEL_KEYS.filter((k) => view.levels.includes(k));
  if (categories.length > 0) params.set('cat', categories.join(','));
  if (levels.length > 0) params.set('level', levels.join(','));
  if (view.region !== null) params.set('region', view.region);
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
