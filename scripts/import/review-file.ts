// The checklist the clerk works through, in Chinese, before a draft list is published.
import { CATEGORY_LABELS, LEVEL_LABELS } from '../../src/data/labels';
import type { Dataset } from '../../src/data/schema';
import { LEVEL_KEYS } from '../../src/data/schema';
import type { ProjectSuggestions } from './draft-list';
import { trailingWords } from './word-bounds';
import { evidenceText, placementText, reviewReasons } from './review-notes';

const TAIL = 40;

/**
 * Markdown for the clerk: at the top how many projects were placed and which need a close look and why;
 * then per project its unit, where it was placed, and every suggestion with the words behind it.
 */
export function renderReview(
  dataset: Dataset,
  suggestions: readonly ProjectSuggestions[],
  notice: string,
  out: string,
): string {
  const { source, projects } = dataset;
  const reasons = suggestions.map((s, i) => reviewReasons(s, i === suggestions.length - 1));
  const byLevel = LEVEL_KEYS.map(
    (level) => `${LEVEL_LABELS[level]} ${projects.filter((p) => p.level === level).length} 项`,
  );
  const flagged = suggestions.flatMap((s, i) => (reasons[i]?.length ? [{ id: s.id, why: reasons[i] }] : []));
  const lines = [
    `# 导入核对单：${out}`,
    '',
    `由 \`npm run import\` 从 \`${notice}\` 生成：${source.title}，${source.publisher}，${source.date}（${source.year} 年度）。`,
    '',
    '## 概况',
    '',
    `- 共 ${projects.length} 项，全部按申报单位定了级别和地点（${byLevel.join('，')}）。`,
    `- 其中 ${flagged.length} 项请重点看：`,
    ...flagged.map(({ id, why }) => `  - 第 ${id} 项：${why.join('；')}`),
    '- 其余各项的类别、标签和关键数字也只是按关键词规则给出的建议，同样要逐项确认。',
    '',
    '标题、申报单位和简介是公示原文；级别和地点由申报单位推出，请核对地名。',
    `请在列表文件中改正需要改的地方，勾选方框，全部勾完后删除本文件（类别怎么定见 data/CLASSIFICATION.md；关键数字的数值必须在简介中出现）。`,
    '',
  ];
  suggestions.forEach((s, i) => {
    const project = projects[i];
    if (!project) return;
    const { category, tags, evidence } = s.category;
    const last = i === suggestions.length - 1;
    lines.push(
      `## ${s.id}. ${s.title}`,
      '',
      `- 申报单位：${project.unit}`,
      `- [ ] 级别和地点：${placementText(project)}`,
      `- [ ] 类别：${CATEGORY_LABELS[category]}（\`${category}\`）`,
      `  - 关键词：${evidenceText(evidence)}`,
      `- [ ] 标签：${tags.length ? tags.map((t) => `${CATEGORY_LABELS[t]}（\`${t}\`）`).join('、') : '无'}`,
      ...(s.highlights.length
        ? s.highlights.map((h) => `- [ ] 关键数字：${h.label} ${h.value}${h.unit}，原文“…${h.context}…”`)
        : ['- [ ] 关键数字：没有找到，请从简介中挑选或留空']),
      ...(last ? [`- [ ] 简介结尾：“…${trailingWords(project.summary, TAIL)}”`] : []),
      ...(reasons[i]?.length ? [`- 请重点看：${reasons[i]?.join('；')}`] : []),
      '',
    );
  });
  return lines.join('\n');
}
