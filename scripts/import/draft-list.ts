// From a notice's text to a draft list file: the notice's words placed exactly, the rest suggested for review.
import { parseDataset, type Dataset } from '../../src/data/schema';
import { noticeLines, parseNoticeEntries } from '../lib/parse-notice';
import { parseNoticeHeader } from './parse-header';
import { jointUnits, placeUnit, type Placement } from './place-unit';
import { suggestCategory, type CategorySuggestion } from './suggest-category';
import { suggestHighlights, type HighlightSuggestion } from './suggest-highlights';

/** What a person must confirm for one project before the list is published. */
export interface ProjectSuggestions {
  readonly id: number;
  readonly title: string;
  readonly category: CategorySuggestion;
  readonly highlights: readonly HighlightSuggestion[];
}

/** A validated draft list and the suggestions in it. */
export interface DraftList {
  readonly dataset: Dataset;
  readonly suggestions: readonly ProjectSuggestions[];
}

/**
 * Turn a notice's text into a draft list. Throws an Error naming the line(s) for a numbering gap, a joint
 * application or a unit it cannot place, and the project and field when the draft breaks the data schema.
 */
export function importNotice(text: string): DraftList {
  const entries = parseNoticeEntries(text);
  const first = entries[0];
  if (!first) throw new Error('公示里没有找到编号的项目（形如「1.标题」、下一行是「申报单位：」的一项）');
  const source = parseNoticeHeader(noticeLines(text).slice(0, first.titleLine - 1));

  const problems: string[] = [];
  const placements = entries.map((entry): Placement | null => {
    // Placing one of the bodies would drop the others from the map, the counts and the deck unseen.
    const joint = jointUnits(entry.unit);
    if (joint) {
      problems.push(
        `第 ${entry.unitLine} 行：联合申报（${joint.join('、')}）：看板每项只记一个申报单位和一个地点，` +
          '请在公示文本中为该项指定一个主申报单位后再导入',
      );
      return null;
    }
    try {
      return placeUnit(entry.unit);
    } catch (error) {
      problems.push(
        `第 ${entry.unitLine} 行：无法确定申报单位「${entry.unit}」的地点：${(error as Error).message}`,
      );
      return null;
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));

  const suggestions = entries.map((entry) => ({
    id: entry.id,
    title: entry.title,
    category: suggestCategory(entry.title, entry.summary),
    highlights: suggestHighlights(entry.summary),
  }));
  // The key order of the shipped list, so a curated file and a fresh draft diff cleanly.
  const projects = entries.map(({ id, title, unit, summary }, i) => {
    const { level, prefecture, county } = placements[i]!;
    const { category, highlights } = suggestions[i]!;
    return {
      id,
      title,
      unit,
      summary,
      level,
      prefecture,
      county,
      category: category.category,
      tags: category.tags,
      highlights: highlights.map(({ label, value, unit: counted }) => ({ label, value, unit: counted })),
    };
  });
  const dataset = parseDataset({ source, projects });
  return { dataset, suggestions };
}

/** How many primary categories of a draft match a curated list's, by project id. */
export function categoryAgreement(
  draft: Dataset,
  curated: Dataset,
): { readonly agree: number; readonly total: number } {
  const curatedById = new Map(curated.projects.map((p) => [p.id, p.category]));
  const agree = draft.projects.filter((p) => curatedById.get(p.id) === p.category).length;
  return { agree, total: curated.projects.length };
}
