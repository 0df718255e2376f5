import type { Category, Level } from './schema';

/** Chinese display names of the work categories. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = Object.freeze({
  legislation: '立法',
  supervision: '监督',
  deputy: '代表工作',
  democracy: '全过程人民民主',
  general: '综合与自身建设',
});

/** Chinese display names of the administrative levels. */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = Object.freeze({
  province: '省级',
  city: '市级',
  county: '县级',
});

/** The dashboard's name for a year's list: 「河南省人大系统“出彩工作”（2023年度）」. */
export function dashboardTitle(year: number): string {
  return `河南省人大系统“出彩工作”（${year}年度）`;
}
