import { prefectureByCode } from '../data';
import type { Project } from '../data';

// County names come from the unit ("郑州市金水区人大常委会" → "金水区"), so no geometry is needed.
/** The county of a county-level project, read from its unit; undefined for other levels. */
export function countyNameFromUnit(project: Project): string | undefined {
  if (project.level !== 'county') return undefined;
  const match = /([^市]+?(?:区|县|市))人大常委会$/u.exec(project.unit);
  return match?.[1];
}

/** Where a project is, in words: 「郑州市 · 金水区」, 「信阳市」 or 「河南省（省级）」. */
export function projectPlace(project: Project): string {
  if (project.prefecture === null) return '河南省（省级）';
  const prefecture = prefectureByCode(project.prefecture)?.name ?? project.prefecture;
  const county = countyNameFromUnit(project);
  return county ? `${prefecture} · ${county}` : prefecture;
}
