import { createProject } from '../../../test/data-generators';
import { leadSentences, talkingPoints } from '../talking-points';

describe('leadSentences', () => {
  it('cuts after whole sentences only, verbatim, at 。！？', () => {
    expect(leadSentences('一二三。四五六！七八九？十', 1, 5)).toBe('一二三。');
    expect(leadSentences('一二三。四五六！七八九？十', 5, 5)).toBe('一二三。四五六！');
    expect(leadSentences('一二三。四五六！七八九？十', 100, 5)).toBe('一二三。四五六！七八九？');
  });

  it('stops at the most sentences allowed, however short they are', () => {
    expect(leadSentences('甲。乙。丙。丁。', 100, 2)).toBe('甲。乙。');
  });

  it('keeps a closing quote or bracket with its sentence', () => {
    expect(leadSentences('他说：“好。”然后走了。', 1, 2)).toBe('他说：“好。”');
    expect(leadSentences('（见附件。）下文。', 1, 2)).toBe('（见附件。）');
  });

  it('gives the whole text when it has no sentence end', () => {
    expect(leadSentences('没有句号的简介', 10, 2)).toBe('没有句号的简介');
  });

  it('takes the first sentence alone when it is long enough by default, else the second as well', () => {
    const long = `${'长'.repeat(90)}。第二句。`;
    expect(leadSentences(long)).toBe(`${'长'.repeat(90)}。`);
    expect(leadSentences('短句。第二句。第三句。')).toBe('短句。第二句。');
  });
});

describe('talkingPoints', () => {
  it('gives each project its title, unit, level and category, key figures and the lead of its summary', () => {
    const project = createProject({
      id: 7,
      title: '开展执法检查',
      unit: '南阳市人大常委会',
      level: 'city',
      category: 'supervision',
      prefecture: '411300',
      summary: '第一句说明了事情的来龙去脉。第二句。第三句不会出现。',
      highlights: [{ label: '检查项目', value: 34, unit: '个' }],
    });
    expect(talkingPoints([project])).toEqual([
      {
        id: 7,
        title: '开展执法检查',
        unit: '南阳市人大常委会',
        kind: '市级 · 监督',
        highlights: [{ label: '检查项目', value: 34, unit: '个' }],
        lead: '第一句说明了事情的来龙去脉。第二句。',
      },
    ]);
  });
});
