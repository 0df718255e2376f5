import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS, prefectureByCode } from '../data';
import type { Filters } from './filters';

interface FilterPart {
  readonly label: string;
  readonly values: readonly string[];
}

// Region first, then category, level and search: the order people name a view in ("郑州市的立法项目").
function filterParts(filters: Filters): FilterPart[] {
  const parts: FilterPart[] = [];
  if (filters.region !== null) {
    parts.push({ label: '地区', values: [prefectureByCode(filters.region)?.name ?? filters.region] });
  }
  const categories = CATEGORY_KEYS.filter((k) => filters.categories.includes(k));
  if (categories.length > 0) parts.push({ label: '类别', values: categories.map((k) => CATEGORY_LABELS[k]) });
  const levels = LEVEL_KEYS.filter((k) => filters.levels.includes(k));
  if (levels.length > 0) parts.push({ label: '层级', values: levels.map((k) => LEVEL_LABELS[k]) });
  const query = filters.query.trim();
  if (query !== '') parts.push({ label: '搜索', values: [query] });
  return parts;
}

/** The active filters in words, for captions: 「筛选：类别=监督；层级=县级」, or 「全部项目」 when unfiltered. */
export function describeFilters(filters: Filters): string {
  const parts = filterParts(filters);
  if (parts.length === 0) return '全部项目';
  const text = parts.map(
    (p) => `${p.label}=${p.label === '搜索' ? `“${p.values[0]}”` : p.values.join('、')}`,
  );
  return `筛选：${text.join('；')}`;
}

/** The filters and what they leave, for captions: 「筛选：层级=县级（符合 6 / 35 项）」. */
export function describeView(filters: Filters, matching: number, total: number): string {
  return `${describeFilters(filters)}（符合 ${matching} / ${total} 项）`;
}

// Characters Windows, macOS or Linux refuse in a file name, control characters and whitespace.
const UNSAFE = /[\\/:*?"<>|\p{Cc}\s]+/gu;
const MAX_SLUG_LENGTH = 40;

/** The active filters as a short, file-system-safe name part: 「全部」, 「监督-县级」, 「郑州市-立法」. */
export function filtersSlug(filters: Filters): string {
  const parts = filterParts(filters);
  if (parts.length === 0) return '全部';
  const slug = parts
    .map((p) => p.values.join('、'))
    .join('-')
    .replace(UNSAFE, '_')
    .replace(/^[._]+|[._]+$/gu, '');
  return [...slug].slice(0, MAX_SLUG_LENGTH).join('') || '筛选';
}
