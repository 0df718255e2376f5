import { CATEGORY_LABELS, LEVEL_LABELS } from '../../data';
import type { Highlight, Project } from '../../data';
import { endsSentence, sentences } from '../../lib/sentences';

/** The summary's lead: whole sentences until at least this many characters are said … */
export const LEAD_MIN_CHARS = 80;
/** … but never more than this many sentences. */
export const LEAD_MAX_SENTENCES = 2;

/**
 * The first sentences of a text, verbatim and cut only at a sentence end: as many as it takes to reach
 * `minChars`, at most `maxSentences`. A text without a sentence end is returned whole.
 */
export function leadSentences(
  text: string,
  minChars: number = LEAD_MIN_CHARS,
  maxSentences: number = LEAD_MAX_SENTENCES,
): string {
  let lead = '';
  let count = 0;
  for (const sentence of sentences(text).filter(endsSentence)) {
    lead += sentence;
    count += 1;
    if (count >= maxSentences || Array.from(lead).length >= minChars) return lead;
  }
  return lead === '' ? text : lead;
}

/** What the operator may say about one project. */
export interface TalkingPoint {
  readonly id: number;
  readonly title: string;
  readonly unit: string;
  /** e.g. '县级 · 监督工作' */
  readonly kind: string;
  readonly highlights: readonly Highlight[];
  /** The summary's first sentences, verbatim. */
  readonly lead: string;
}

/** The talking points for a stop's projects, in the order the stop shows them. */
export function talkingPoints(projects: readonly Project[]): TalkingPoint[] {
  return projects.map((p) => ({
    id: p.id,
    title: p.title,
    unit: p.unit,
    kind: `${LEVEL_LABELS[p.level]} · ${CATEGORY_LABELS[p.category]}`,
    highlights: p.highlights,
    lead: leadSentences(p.summary),
  }));
}
