import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS, prefectureByCode } from '../data';
import type { Filters, Mode } from './filters';

interface FilterPart {
  readonly label: string;
  readonly values: readonly string[];
}

/** The chosen region in words: 「信阳市」, or 「信阳市 · 固始县」 when a county is chosen and its name known. */
export function regionName(filters: Filters, countyName?: string): string | null {
  if (filters.region === null) return null;
  const prefecture = prefectureByCode(filters.region)?.name ?? filters.region;
  if (filters.county === null) return prefecture;
  return `${prefecture} · ${countyName ?? filters.county}`;
}

// Region first, then category, level and search: the order people name a view in ("郑州市的立法项目").
function filterParts(filters: Filters, countyName?: string): FilterPart[] {
  const parts: FilterPart[] = [];
  const region = regionName(filters, countyName);
  if (region !== null) parts.push({ label: '地区', values: [region] });
  const categories = CATEGORY_KEYS.filter((k) => filters.categories.includes(k));
  if (categories.length > 0) parts.push({ label: '类别', values: categories.map((k) => CATEGORY_LABELS[k]) });
  const levels = LEVEL_KEYS.filter((k) => filters.levels.includes(k));
  if (levels.length > 0) parts.push({ label: '层级', values: levels.map((k) => LEVEL_LABELS[k]) });
  const query = filters.query.trim();
  if (query !== '') parts.push({ label: '搜索', values: [query] });
  return parts;
}

/**
 * The active filters in words, for captions: 「筛选：类别=监督；层级=县级」, or 「全部项目」 when unfiltered. A chosen
 * county is named by `countyName` (from the geometry), or by its code if that is not at hand.
 */
export function describeFilters(filters: Filters, countyName?: string): string {
  const parts = filterParts(filters, countyName);
  if (parts.length === 0) return '全部项目';
  const text = parts.map(
    (p) => `${p.label}=${p.label === '搜索' ? `“${p.values[0]}”` : p.values.join('、')}`,
  );
  return `筛选：${text.join('；')}`;
}

/** The filters and what they leave, for captions: 「筛选：层级=县级（符合 6 / 35 项）」. */
export function describeView(filters: Filters, matching: number, total: number, countyName?: string): string {
  return `${describeFilters(filters, countyName)}（符合 ${matching} / ${total} 项）`;
}

/** The active filters as a few words for the tab: 「信阳市 · 县级」, 「立法 · “人大”」; null when unfiltered. */
export function filterWords(filters: Filters, countyName?: string): string | null {
  const parts = filterParts(filters, countyName);
  if (parts.length === 0) return null;
  return parts.map((p) => (p.label === '搜索' ? `“${p.values[0]}”` : p.values.join('、'))).join(' · ');
}

/** What the document title is made of: the list's title and what the view shows. */
interface TitleParts {
  /** The dashboard's title, with its year. */
  readonly base: string;
  readonly filters: Filters;
  /** The open project's title, if one is open. */
  readonly projectTitle?: string;
  /** The layout: presentation and the presenter console name themselves first (the operator has both open). */
  readonly mode: Mode;
  readonly countyName?: string;
}

const MODE_PREFIX: Readonly<Record<Mode, string>> = {
  office: '',
  present: '演示 — ',
  presenter: '演讲者视图 — ',
};

/**
 * The tab's (and so history's and bookmarks') name for the view: the open project, else the filters, before the
 * dashboard's title; 「演示」 first in presentation, 「演讲者视图」 in the console. 「信阳市 · 县级 — 河南省人大系统“出彩工作”（2022年度）」.
 */
export function documentTitle({ base, filters, projectTitle, mode, countyName }: TitleParts): string {
  const view = projectTitle ?? filterWords(filters, countyName);
  const title = view === null ? base : `${view} — ${base}`;
  return `${MODE_PREFIX[mode]}${title}`;
}

// Characters Windows, macOS or Linux refuse in a file name, control characters and whitespace.
const UNSAFE = /[\\/:*?"<>|\p{Cc}\s]+/gu;
const MAX_SLUG_LENGTH = 40;
/** The fewest characters of search text a name keeps, however long the other filters are. */
const MIN_QUERY_LENGTH = 6;
const SEARCH_MARK = '搜索';

/** Text as a file-name part: unsafe runs become `_`; no leading or trailing dot (Windows drops a trailing one). */
function safeName(text: string): string {
  return text.replace(UNSAFE, '_').replace(/^[._]+|[._]+$/gu, '');
}

/** At most `length` characters, the last an ellipsis when something was cut. */
function clip(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`;
}

/**
 * The active filters as a short, file-system-safe name part: 「全部」, 「监督-县级」, 「郑州市-立法」, and a search as
 * 「搜索“立法”」, so that `?q=立法` and `?cat=legislation` never give the same name. The search text is cut with
 * 「…」 inside its quotes, so a long search still ends its name with the closing quote.
 */
export function filtersSlug(filters: Filters, countyName?: string): string {
  const parts = filterParts(filters, countyName);
  if (parts.length === 0) return '全部';
  const query = parts.find((p) => p.label === SEARCH_MARK)?.values[0];
  const searchRoom = query === undefined ? 0 : `-${SEARCH_MARK}“”`.length + MIN_QUERY_LENGTH;
  const head = clip(
    safeName(
      parts
        .filter((p) => p.label !== SEARCH_MARK)
        .map((p) => p.values.join('、').replace(' · ', '-'))
        .join('-'),
    ),
    MAX_SLUG_LENGTH - searchRoom,
  );
  if (query === undefined) return head || '筛选';
  // The quotes are the mark's own, so quotes typed into the search would only double them.
  const words = safeName(query.replace(/[“”]/gu, ''));
  const room = MAX_SLUG_LENGTH - [...head].length - (head === '' ? 0 : 1) - `${SEARCH_MARK}“”`.length;
  const search = words === '' ? SEARCH_MARK : `${SEARCH_MARK}“${clip(words, room)}”`;
  return head === '' ? search : `${head}-${search}`;
}
