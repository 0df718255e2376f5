import type { Project } from '../../data';
import { groupByRegion } from '../../state/region-groups';

/** One stop of the auto tour: a region (or the province-level group) and the projects shown with it. */
export interface TourStep {
  /** Stable key, e.g. '411500' or 'province-2'. */
  readonly key: string;
  /** What the map highlights: a prefecture code, or PROVINCE_FOCUS for the province-level group. */
  readonly focus: string;
  /** '省级' or the prefecture's name. */
  readonly name: string;
  /** All of the group's matching projects (the count shown and announced). */
  readonly total: number;
  /** The projects on this page of the group, in № order. */
  readonly projects: readonly Project[];
  /** 1-based page of the group, and how many pages it has (only the 省级 group usually needs more than one). */
  readonly page: number;
  readonly pages: number;
}

/**
 * Projects per step. Two cards (title up to three lines, unit, three big numbers) fill the side panel of the
 * presentation layout at every 16:9 size; a third would not fit without shrinking the type.
 */
export const PROJECTS_PER_STEP = 2;

function paged(
  base: Omit<TourStep, 'key' | 'projects' | 'page' | 'pages'>,
  projects: readonly Project[],
  size: number,
): TourStep[] {
  const pages = Math.ceil(projects.length / size);
  return Array.from({ length: pages }, (_, i) => ({
    ...base,
    key: pages > 1 ? `${base.focus}-${i + 1}` : base.focus,
    projects: projects.slice(i * size, (i + 1) * size),
    page: i + 1,
    pages,
  }));
}

/**
 * The tour over the matching projects: the province-level group first (if any match), then each prefecture
 * that has matching city- or county-level projects, in administrative-code order.
 */
export function buildTourSteps(matching: readonly Project[], size: number = PROJECTS_PER_STEP): TourStep[] {
  return groupByRegion(matching).flatMap((group) =>
    paged({ focus: group.focus, name: group.name, total: group.projects.length }, group.projects, size),
  );
}

/**
 * How many projects a stop shows, one meaning per number: 「本站 2 项」, and for a group over several stops its
 * total apart, 「本站 2 项（省级共 11 项）」.
 */
export function stopCount(step: TourStep): string {
  const here = `本站 ${step.projects.length} 项`;
  return step.pages > 1 ? `${here}（${step.name}共 ${step.total} 项）` : here;
}

/** What the live region says for a step, e.g. "信阳市 · 2 项：标题一；标题二". */
export function announceStep(step: TourStep | undefined): string {
  if (!step) return '没有符合当前筛选条件的项目';
  const page = step.pages > 1 ? ` ${step.page}/${step.pages}` : '';
  const titles = step.projects.map((p) => p.title).join('；');
  return `${step.name}${page} · ${stopCount(step)}：${titles}`;
}
