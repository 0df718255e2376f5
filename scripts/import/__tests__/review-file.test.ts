// The review file is the clerk's: Chinese, the counts and the reasons first, then every project placed by name.
import { describe, expect, it } from 'vitest';
import { importNotice } from '../draft-list';
import { renderReview } from '../review-file';
import { fixtureNotice } from './notice-fixture';

function review(...entries: Parameters<typeof fixtureNotice>[0]): string {
  const { dataset, suggestions } = importNotice(fixtureNotice(entries));
  return renderReview(dataset, suggestions, 'notice.txt', 'data/lists/2023.json');
}

describe('renderReview', () => {
  const text = review(
    {
      title: '开展优化营商环境执法检查',
      unit: '河南省郑州市金水区人大常委会',
      summary: '检查项目区34个，提出15项建议和监督问题清单反馈给省政府。',
    },
    { title: '建设人大历史陈列室', unit: '洛阳市人大常委会', summary: '展厅布置完成。' },
  );
  const head = text.slice(0, text.indexOf('## 1.'));

  it('opens with how many projects were placed and which need a look, and why', () => {
    expect(head).toContain('# 导入核对单：data/lists/2023.json');
    expect(head).toContain('共 2 项，全部按申报单位定了级别和地点（省级 0 项，市级 1 项，县级 1 项）');
    expect(head).toContain('其中 1 项请重点看');
    expect(head).toContain(
      '第 2 项：标题里没有任何类别的关键词，暂归「综合与自身建设」；简介里没有找到关键数字；最后一项的简介',
    );
  });

  it('gives each project its unit, the place it chose by name and code, and the words behind each suggestion', () => {
    expect(text).toContain(
      [
        '## 1. 开展优化营商环境执法检查',
        '',
        '- 申报单位：河南省郑州市金水区人大常委会',
        '- [ ] 级别和地点：县级：郑州市 金水区（410100，410105）',
        '- [ ] 类别：监督（`supervision`）',
        '  - 关键词：监督：执法检查（标题） ×1、监督 ×1',
        '- [ ] 标签：无',
        '- [ ] 关键数字：检查项目区 34个，原文“…检查项目区34个，提出15项建议和监督问题…”',
        '- [ ] 关键数字：建议和监督问题清单 15项，',
      ].join('\n'),
    );
    expect(text).toContain('- [ ] 级别和地点：市级：洛阳市（410300）');
  });

  it('is written in Chinese', () => {
    expect(text).not.toMatch(/\b(category|highlight|keywords|Review)\b/);
  });
});
