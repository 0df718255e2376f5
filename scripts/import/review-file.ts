// The checklist a person works through before a draft list is published.
import { CATEGORY_LABELS } from '../../src/data/labels';
import type { Dataset } from '../../src/data/schema';
import type { ProjectSuggestions } from './import-notice';

const TAIL = 40;

/** Markdown listing every suggestion in the draft, one checkbox each, with the text that led to it. */
export function renderReview(
  dataset: Dataset,
  suggestions: readonly ProjectSuggestions[],
  notice: string,
  out: string,
): string {
  const { source } = dataset;
  const last = dataset.projects.at(-1);
  const lines = [
    `# Review of ${out}`,
    '',
    `Drafted by \`npm run import\` from \`${notice}\`: ${source.title}, ${source.publisher}, ${source.date} (year ${source.year}).`,
    '',
    'Titles, units and summaries are the notice’s text, and level, prefecture and county follow from each unit.',
    'Everything below is a suggestion made by keyword rules: confirm or correct each item in the list file',
    '(data/CLASSIFICATION.md says how categories are chosen; a highlight’s value must appear in its summary),',
    'tick it, and delete this file when every box is ticked.',
    '',
  ];
  if (last) {
    lines.push(
      `- [ ] The last summary (project ${last.id}) runs to the end of the notice; it ends “…${last.summary.slice(-TAIL)}”.`,
      '      Check that no page text after the list ran into it.',
      '',
    );
  }
  for (const s of suggestions) {
    const { category, tags, evidence } = s.category;
    const why = Object.entries(evidence).map(([key, words]) => `${key}: ${words.join(', ')}`);
    lines.push(
      `## ${s.id}. ${s.title}`,
      '',
      `- [ ] category \`${category}\` ${CATEGORY_LABELS[category]}`,
      `  - ${why.length ? `keywords: ${why.join('; ')}` : 'no keyword of any category'}`,
      ...(category === 'general' && why.length ? ['  - none in the title, so 综合与自身建设'] : []),
      `- [ ] tags ${tags.length ? tags.map((t) => `\`${t}\` ${CATEGORY_LABELS[t]}`).join(', ') : 'none'}`,
      ...(s.highlights.length
        ? s.highlights.map((h) => `- [ ] highlight ${h.label}: ${h.value} ${h.unit} — “…${h.context}…”`)
        : ['- [ ] highlights: none found']),
      '',
    );
  }
  return lines.join('\n');
}
