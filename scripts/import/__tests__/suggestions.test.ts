import { describe, expect, it } from 'vitest';
import { suggestCategory } from '../suggest-category';
import { suggestHighlights } from '../suggest-highlights';

describe('suggestCategory', () => {
  it('takes the category the title names', () => {
    expect(suggestCategory('出台《某市物业管理条例》', '常委会审议通过。').category).toBe('legislation');
    expect(suggestCategory('开展安全生产执法检查和专题询问', '检查了8个市。').category).toBe('supervision');
    expect(suggestCategory('建好用好代表联络站', '接待群众。').category).toBe('deputy');
    expect(suggestCategory('推行居民议事会议制度', '居民参与。').category).toBe('democracy');
  });

  it('suggests 综合与自身建设 when the title names no kind of work, whatever the summary says', () => {
    expect(suggestCategory('建设人大历史陈列室', '展示依法履职和人大代表风采。')).toMatchObject({
      category: 'general',
      tags: [],
    });
  });

  it('lets the summary break a tie in the title, and tags a strand that recurs in the summary', () => {
    const summary = '依托代表联络站，组织人大代表接待群众；人大代表履职，推动全过程人民民主落地。';
    const suggestion = suggestCategory('建好代表联络站 践行全过程人民民主', summary);
    expect(suggestion.category).toBe('deputy');
    expect(suggestion.tags).toEqual(['democracy']);
    expect(suggestion.evidence.deputy).toContain('联络站（标题） ×1');
  });

  it('does not count 人民代表大会 as deputy work', () => {
    expect(suggestCategory('坚持和完善人民代表大会制度', '人民代表大会制度。').category).toBe('general');
  });
});

describe('suggestHighlights', () => {
  it('quotes a number with its unit, the way the shipped highlights do', () => {
    const summary =
      '从收集到的3000余幅照片中展出；开展调研走访活动11万余次，收集意见建议9989条，投资284600万元。';
    expect(suggestHighlights(summary).map(({ label, value, unit }) => ({ label, value, unit }))).toEqual([
      { label: '照片', value: 3000, unit: '余幅' },
      { label: '开展调研走访活动', value: 11, unit: '万余次' },
      { label: '收集意见建议', value: 9989, unit: '条' },
    ]);
  });

  it('labels a figure by the words after it, a quoted name included', () => {
    const summary = '提出137条具体措施，建立了610个“代表联系群众工作室”。';
    expect(suggestHighlights(summary).map((h) => h.label)).toEqual(['具体措施', '代表联系群众工作室']);
  });

  it('cuts a long label only between words, and quotes whole words around the figure', () => {
    const summary = '新建成的人大历史陈列室场地面积420平方米，提出15项建议和监督问题清单反馈给省政府。';
    const highlights = suggestHighlights(summary);
    expect(highlights.map((h) => h.label)).toEqual(['历史陈列室场地面积', '建议和监督问题清单']);
    expect(highlights[0]?.context).toBe('的人大历史陈列室场地面积420平方米，提出15项建议和监督问题');
  });

  it('leaves out dates, ordinals, single items and numbers it would quote differently', () => {
    const summary = '2022年12月8日开馆，第3批，1台投影幕，编号05个。';
    expect(suggestHighlights(summary)).toEqual([]);
  });

  it('gives each value once and at most three, with the text around it', () => {
    const highlights = suggestHighlights('检查项目区34个，抽查单位21家，另有34个，建议15项，措施98项。');
    expect(highlights.map((h) => h.value)).toEqual([34, 21, 15]);
    expect(highlights[0]?.context).toContain('检查项目区34个');
  });
});
