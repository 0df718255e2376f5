import type { Category, Level, Project } from '../data';
import type { Filters } from './filters';

/** The categories a project counts under: its primary category and its tags. */
export function projectCategories(project: Project): readonly Category[] {
  return [project.category, ...project.tags];
}

function searchTerms(query: string): string[] {
  return query.trim().toLowerCase().split(/\s+/u).filter(Boolean);
}

function matchesQuery(project: Project, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = `${project.title}\n${project.unit}\n${project.summary}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

type Group = 'categories' | 'levels' | 'region' | 'query';

/** Does the project pass every filter group except the one named in `ignore`? */
function matchesExcept(
  project: Project,
  filters: Filters,
  terms: readonly string[],
  ignore?: Group,
): boolean {
  if (ignore !== 'categories' && filters.categories.length > 0) {
    if (!projectCategories(project).some((c) => filters.categories.includes(c))) return false;
  }
  if (ignore !== 'levels' && filters.levels.length > 0 && !filters.levels.includes(project.level))
    return false;
  if (ignore !== 'region' && filters.region !== null && project.prefecture !== filters.region) return false;
  if (ignore !== 'region' && filters.county !== null && project.county !== filters.county) return false;
  if (ignore !== 'query' && !matchesQuery(project, terms)) return false;
  return true;
}

/** The projects that pass all filters, in № order. */
export function filterProjects(projects: readonly Project[], filters: Filters): Project[] {
  const terms = searchTerms(filters.query);
  return projects.filter((p) => matchesExcept(p, filters, terms)).sort((a, b) => a.id - b.id);
}

/** Live counts for the filter options: how many projects would match if this option alone were chosen in its group. */
export interface FacetCounts {
  readonly categories: Readonly<Record<Category, number>>;
  readonly levels: Readonly<Record<Level, number>>;
  readonly regions: ReadonlyMap<string, number>;
}

/** Counts each option against the other groups' filters (the usual faceted-search rule). */
export function facetCounts(
  projects: readonly Project[],
  filters: Filters,
  categoryKeys: readonly Category[],
  levelKeys: readonly Level[],
): FacetCounts {
  const terms = searchTerms(filters.query);
  const categories = Object.fromEntries(categoryKeys.map((k) => [k, 0])) as Record<Category, number>;
  const levels = Object.fromEntries(levelKeys.map((k) => [k, 0])) as Record<Level, number>;
  const regions = new Map<string, number>();
  for (const p of projects) {
    if (matchesExcept(p, filters, terms, 'categories')) {
      for (const c of new Set(projectCategories(p))) categories[c] += 1;
    }
    if (matchesExcept(p, filters, terms, 'levels')) levels[p.level] += 1;
    if (p.prefecture !== null && matchesExcept(p, filters, terms, 'region')) {
      regions.set(p.prefecture, (regions.get(p.prefecture) ?? 0) + 1);
    }
  }
  return { categories, levels, regions };
}

/** The key figures strip: totals by level and how many prefectures the matching projects cover. */
export interface KeyFigures {
  readonly total: number;
  readonly byLevel: Readonly<Record<Level, number>>;
  readonly prefecturesCovered: number;
}

export function keyFigures(matching: readonly Project[]): KeyFigures {
  const byLevel: Record<Level, number> = { province: 0, city: 0, county: 0 };
  const covered = new Set<string>();
  for (const p of matching) {
    byLevel[p.level] += 1;
    if (p.prefecture !== null) covered.add(p.prefecture);
  }
  return { total: matching.length, byLevel, prefecturesCovered: covered.size };
}
