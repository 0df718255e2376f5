// A first guess at a project's category and tags, from keywords, for a person to confirm (data/CLASSIFICATION.md
// says how the shipped list was classified: the primary category is what the work is, a tag a second strand).
import type { Category } from '../../src/data/schema';

/** A suggested category and tags, with the keywords behind them so a reviewer sees why. */
export interface CategorySuggestion {
  readonly category: Category;
  readonly tags: readonly Category[];
  /** Keyword hits per category, e.g. { supervision: ['执法检查 ×2', '监督 ×1'] }; title hits marked (标题). */
  readonly evidence: Partial<Record<Category, readonly string[]>>;
}

type Scored = Exclude<Category, 'general'>;

// Words that name the kind of work. "代表" alone would also match 人民代表大会 (the congress itself), so the
// deputy words name the deputies' own business; "民主" alone is a slogan in most summaries, so democracy
// words name its practices.
const KEYWORDS: Readonly<Record<Scored, readonly string[]>> = {
  legislation: ['立法', '条例', '法规', '决定》'],
  supervision: [
    '监督',
    '执法检查',
    '询问',
    '评议',
    '测评',
    '调研报告',
    '专项工作报告',
    '审查',
    '督办',
    '整改',
  ],
  deputy: [
    '代表联络',
    '联络站',
    '人大代表',
    '代表履职',
    '履职',
    '代表工作',
    '代表主题',
    '代表作用',
    '议案',
    '建议办理',
  ],
  democracy: ['全过程人民民主', '议事', '民意', '民情', '示范点', '协商'],
};

// The title says what the work is, so a title hit outweighs several in the summary.
const TITLE_WEIGHT = 5;
// A second strand must recur in the summary (or reach the title) before it becomes a tag.
const TAG_MIN_HITS = 3;

/** Suggest a category (general when no keyword fires) and up to three tags. */
export function suggestCategory(title: string, summary: string): CategorySuggestion {
  const scored = (Object.keys(KEYWORDS) as Scored[]).map((category) => {
    const inTitle = hits(title, KEYWORDS[category]);
    const inSummary = hits(summary, KEYWORDS[category]);
    const titleCount = sum(inTitle);
    const summaryCount = sum(inSummary);
    return {
      category,
      titleCount,
      summaryCount,
      score: TITLE_WEIGHT * titleCount + summaryCount,
      evidence: [...describe(inTitle, '（标题）'), ...describe(inSummary, '')],
    };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  // Without a keyword in the title the work is not one of the four strands: 综合与自身建设.
  const category: Category = best && best.titleCount > 0 ? best.category : 'general';
  const tags = ranked
    .filter((s) => s.category !== category && (s.titleCount > 0 || s.summaryCount >= TAG_MIN_HITS))
    .filter(() => category !== 'general')
    .map((s) => s.category);
  const evidence = Object.fromEntries(
    scored.filter((s) => s.evidence.length).map((s) => [s.category, s.evidence]),
  ) as CategorySuggestion['evidence'];
  return { category, tags, evidence };
}

function hits(text: string, words: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const word of words) {
    const count = text.split(word).length - 1;
    if (count) found.set(word, count);
  }
  return found;
}

const sum = (found: Map<string, number>) => [...found.values()].reduce((a, b) => a + b, 0);

function describe(found: Map<string, number>, where: string): string[] {
  return [...found].map(([word, count]) => `${word}${where} ×${count}`);
}
