import { prefectureByCode } from '../data';
import type { Project } from '../data';

/**
 * Where a project is, in words: 「郑州市 · 金水区」, 「信阳市」 or 「河南省（省级）」. The county's name comes from
 * the geometry (src/geo), so the caller passes it; without it a county-level project names its prefecture.
 */
export function projectPlace(project: Project, countyName?: string): string {
  if (project.prefecture === null) return '河南省（省级）';
  const prefecture = prefectureByCode(project.prefecture)?.name ?? project.prefecture;
  return project.level === 'county' && countyName ? `${prefecture} · ${countyName}` : prefecture;
}
