import { createProject } from '../../../../test/data-generators';
import { sentences } from '../../../../lib/sentences';
import { cutAtSentence, NOTES_SUMMARY_BUDGET, projectSlideNotes } from '../speaker-notes';

const LONG_FIRST = `${'很长的第一句'.repeat(40)}。第二句。`;

describe('cutAtSentence', () => {
  it('keeps whole sentences, as many as fit', () => {
    expect(sentences('甲乙。丙丁！“戊己？”庚')).toEqual(['甲乙。', '丙丁！', '“戊己？”', '庚']);
    expect(cutAtSentence('甲乙。丙丁！戊己？', 6)).toBe('甲乙。丙丁！');
    expect(cutAtSentence('甲乙。丙丁！戊己？', 5)).toBe('甲乙。');
    expect(cutAtSentence('甲乙。丙丁！', 100)).toBe('甲乙。丙丁！');
  });

  it('keeps the whole first sentence even when it alone is over the budget', () => {
    expect(cutAtSentence(LONG_FIRST, 50)).toBe(`${'很长的第一句'.repeat(40)}。`);
  });
});

describe('projectSlideNotes', () => {
  const summary = Array.from({ length: 80 }, (_, i) => `第${i + 1}项工作取得了明显成效。`).join('');
  const statute = createProject({
    id: 12,
    title: '出台《会展业促进条例》',
    unit: '郑州市人大常委会',
    level: 'city',
    category: 'legislation',
    tags: ['supervision'],
    summary,
    highlights: [{ label: '征求意见建议', value: 2630, unit: '条' }],
  });
  const council = createProject({ id: 13, title: '推行议事会议制度', level: 'county', summary: '短简介。' });

  it('gives each project its title, unit, level and category, key figures and summary', () => {
    const notes = projectSlideNotes([statute, council]).split('\n');
    expect(notes.slice(0, 4)).toEqual([
      '№12 出台《会展业促进条例》',
      '申报单位：郑州市人大常委会',
      '层级：市级；类别：立法（兼：监督）',
      '关键数字：征求意见建议 2,630 条',
    ]);
    expect(notes).toContain('№13 推行议事会议制度');
    expect(notes).toContain('摘要：短简介。');
  });

  it('cuts long summaries at a sentence end, sharing the budget among the slide’s projects', () => {
    const excerpt = (notes: string) => /摘要（节选）：(.*)/u.exec(notes)![1]!;
    const alone = excerpt(projectSlideNotes([statute]));
    const shared = excerpt(projectSlideNotes([statute, council, council]));
    for (const cut of [alone, shared]) {
      expect(summary.startsWith(cut)).toBe(true);
      expect(cut.endsWith('。')).toBe(true);
    }
    expect(alone.length).toBeLessThanOrEqual(NOTES_SUMMARY_BUDGET);
    expect(alone.length).toBeGreaterThan(NOTES_SUMMARY_BUDGET - 20);
    expect(shared.length).toBeLessThanOrEqual(NOTES_SUMMARY_BUDGET / 3);
  });
});
