// What the presenter reads in PowerPoint's presenter view under a project slide: for each project on it, its
// title, 申报单位, level and category, key figures, and its summary verbatim, cut at a sentence end so that a
// slide's notes fit one notes page.
import { CATEGORY_LABELS, LEVEL_LABELS } from '../../../data';
import type { Project } from '../../../data';
import { sentences } from '../../../lib/sentences';
import { keyFigureLines } from './project-table';

/**
 * Characters of summary a slide's notes hold, shared among its projects. PowerPoint's notes page sets notes in a
 * 6 × 3.9 in box at 12 pt: about 36 characters a line, 19 lines, some 700 characters; each project's heading
 * lines take the rest. (The presenter view scrolls, so a slide of many projects still shows every one.)
 */
export const NOTES_SUMMARY_BUDGET = 600;

/**
 * The text's first sentences, as many as fit in `budget` characters: never cut inside a sentence, and never
 * less than the whole first sentence, however long.
 */
export function cutAtSentence(text: string, budget: number): string {
  let kept = '';
  for (const sentence of sentences(text)) {
    if (kept !== '' && kept.length + sentence.length > budget) break;
    kept += sentence;
  }
  return kept;
}

/** One project's notes: its heading lines, then its summary (marked 节选 when cut). */
function projectNotes(project: Project, budget: number): string {
  const tags = project.tags.map((t) => CATEGORY_LABELS[t]).join('、');
  const summary = cutAtSentence(project.summary, budget);
  // 「接待群众 26,198 人次；收集意见建议 9,989 条」
  const keyFigures = keyFigureLines(project).replaceAll('\n', '；');
  return [
    `№${project.id} ${project.title}`,
    `申报单位：${project.unit}`,
    `层级：${LEVEL_LABELS[project.level]}；类别：${CATEGORY_LABELS[project.category]}${tags ? `（兼：${tags}）` : ''}`,
    ...(keyFigures ? [`关键数字：${keyFigures}`] : []),
    `${summary.length < project.summary.length ? '摘要（节选）' : '摘要'}：${summary}`,
  ].join('\n');
}

/** The notes of a slide listing these projects, the summary budget shared evenly among them. */
export function projectSlideNotes(projects: readonly Project[]): string {
  const share = Math.floor(NOTES_SUMMARY_BUDGET / Math.max(1, projects.length));
  return projects.map((p) => projectNotes(p, share)).join('\n\n');
}
