import type { Project } from '../../data';
import { escapeHtml } from '../../lib/escape-html';

const MAX_TOOLTIP_ROWS = 8;

function projectRows(projects: readonly Project[]): string {
  const rows = projects
    .slice(0, MAX_TOOLTIP_ROWS)
    .map((p) => `<div class="tt-row"><b>№${p.id}</b> ${escapeHtml(p.title)}</div>`);
  if (projects.length > MAX_TOOLTIP_ROWS)
    rows.push(`<div>……另 ${projects.length - MAX_TOOLTIP_ROWS} 项</div>`);
  return rows.join('');
}

/** Tooltip HTML for a set of projects under a heading; every data text is escaped. */
export function tooltipHtml(heading: string, note: string, projects: readonly Project[]): string {
  const body = projects.length > 0 ? projectRows(projects) : '<div>无匹配项目</div>';
  return `<div class="tt-head">${escapeHtml(heading)}</div><div class="tt-note">${escapeHtml(note)}</div>${body}`;
}
