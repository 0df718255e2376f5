// Key figures quoted from a summary ("收集意见建议9989条"), for a person to confirm and relabel.
import type { Highlight } from '../../src/data/schema';
import { leadingWords, trailingWords, widenToWords } from './word-bounds';

/** A suggested highlight and the words around it in the summary, so a reviewer can find and judge it. */
export interface HighlightSuggestion extends Highlight {
  readonly context: string;
}

const MAX_HIGHLIGHTS = 3;
// Counting words that follow a figure; longest first so 人次 wins over 人. Dates (年, 月, 日), ordinals and
// ages are not figures of the work.
const COUNTERS =
  '平方米 人次 公里 个 条 项 名 人 家 件 次 部 幅 户 元 所 场 篇 期 字 处 座 批 份 类 位 支 台 亩'.split(' ');
// "3000余幅", "11万余次", "284600万元", "600多条": the unit is everything between the number and the word.
const FIGURE = new RegExp(
  `(?<![\\d.第])(\\d+(?:\\.\\d+)?)((?:万|亿)?(?:余|多)?(?:${COUNTERS.join('|')}))`,
  'g',
);
// A label names what the figure counts: the words right after it ("137条具体措施"), or else the end of
// the clause before it ("收集意见建议9989条"), cut after the small words that only lead into a figure.
const CLAUSE_BREAK = /[，。；、：:,;（）()“”《》\s\d]/;
const LEAD_IN = /^.*[共对将了在由达约从向为把]/;
const JOINERS = /^(和|及|与)+|(和|及|与|等|的|中)+$/g;
const GOES_ON = /[中的并被]|进行|得到|参与/;
const LABEL_MIN = 2;
// The shipped labels run to ten characters ("社工经费入预算检察院"); longer ones are cut between words.
const LABEL_MAX = 10;
const CONTEXT = 12;
// A single item ("1台投影幕") is rarely the figure a reader remembers.
const MIN_VALUE = 2;

/** Up to three figures from the summary, in the order the summary gives them, each value once. */
export function suggestHighlights(summary: string): HighlightSuggestion[] {
  const found: HighlightSuggestion[] = [];
  for (const match of summary.matchAll(FIGURE)) {
    const value = Number(match[1]);
    const unit = match[2] ?? '';
    const index = match.index;
    // "05" or "1.50" would be quoted differently from how the number prints; leave such figures out.
    if (String(value) !== match[1] || value < MIN_VALUE || found.some((h) => h.value === value)) continue;
    const label = [labelAfter(summary, index + match[0].length), labelBefore(summary, index)].find(
      (words) => words.length >= LABEL_MIN,
    );
    if (!label) continue;
    const [from, to] = widenToWords(
      summary,
      Math.max(0, index - CONTEXT),
      Math.min(summary.length, index + match[0].length + CONTEXT),
    );
    const context = summary.slice(from, to);
    found.push({ label, value, unit, context });
    if (found.length === MAX_HIGHLIGHTS) break;
  }
  return found;
}

function labelAfter(summary: string, start: number): string {
  const rest = summary.slice(start);
  const quoted = /^“([^”]+)”/.exec(rest); // 610个“代表联系群众工作室”
  if (quoted) return leadingWords(quoted[1] ?? '', LABEL_MAX);
  const stop = rest.search(CLAUSE_BREAK);
  const words = stop < 0 ? rest : rest.slice(0, stop);
  // The counted thing ends where the sentence goes on: "3000余幅照片中优中选优…".
  const verb = words.search(GOES_ON);
  return leadingWords(verb < 0 ? words : words.slice(0, verb), LABEL_MAX).replace(JOINERS, '');
}

function labelBefore(summary: string, end: number): string {
  const head = summary.slice(0, end);
  let start = head.length;
  while (start > 0 && !CLAUSE_BREAK.test(head[start - 1] ?? '')) start--;
  // A digit ends the clause too, so an earlier figure ("9条815字") never becomes part of a label.
  const clause = head.slice(start).replace(LEAD_IN, '');
  return trailingWords(clause, LABEL_MAX).replace(JOINERS, '');
}
