// Why a drafted project deserves more than a glance: the cases the keyword rules are least sure of.
import { CATEGORY_LABELS, LEVEL_LABELS } from '../../src/data/labels';
import { prefectureByCode } from '../../src/data/regions';
import type { Category, Project } from '../../src/data/schema';
import { countyName } from '../../src/geo/county-points';
import type { ProjectSuggestions } from './draft-list';

// Evidence from the title is marked so by suggestCategory.
const TITLE_MARK = '（标题）';

/** The reasons, in Chinese for the clerk, to look closely at one project; empty when there are none. */
export function reviewReasons(suggestion: ProjectSuggestions, isLast: boolean): string[] {
  const { category, evidence } = suggestion.category;
  const inTitle = (Object.keys(evidence) as Category[]).filter((key) =>
    evidence[key]?.some((word) => word.includes(TITLE_MARK)),
  );
  const reasons: string[] = [];
  if (category === 'general') {
    reasons.push(`标题里没有任何类别的关键词，暂归「${CATEGORY_LABELS.general}」`);
  } else if (inTitle.length > 1) {
    const named = inTitle.map((key) => `「${CATEGORY_LABELS[key]}」`).join('');
    reasons.push(`标题里有不止一类的关键词（${named}），取了得分最高的「${CATEGORY_LABELS[category]}」`);
  }
  if (!suggestion.highlights.length) reasons.push('简介里没有找到关键数字');
  if (isLast) reasons.push('最后一项的简介一直读到公示末尾，请确认没有混进公示之后的文字');
  return reasons;
}

/** Where the project was placed, by name and code: 「县级：郑州市 金水区（410100，410105）」. */
export function placementText({ level, prefecture, county }: Project): string {
  const names = [
    prefecture && (prefectureByCode(prefecture)?.name ?? '（未知地市）'),
    county && (countyName(county) ?? '（未知县区）'),
  ].filter(Boolean);
  const codes = [prefecture, county].filter(Boolean);
  return names.length
    ? `${LEVEL_LABELS[level]}：${names.join(' ')}（${codes.join('，')}）`
    : `${LEVEL_LABELS[level]}（全省）`;
}

/** A category's keyword evidence in Chinese: 「立法：立法（标题） ×1、条例 ×3」. */
export function evidenceText(evidence: ProjectSuggestions['category']['evidence']): string {
  const parts = (Object.keys(evidence) as Category[]).map(
    (key) => `${CATEGORY_LABELS[key]}：${(evidence[key] ?? []).join('、')}`,
  );
  return parts.length ? parts.join('；') : '没有任何类别的关键词';
}
