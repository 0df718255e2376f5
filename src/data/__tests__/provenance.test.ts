// Golden: verbatim text is the point of this dataset. Every title, unit and summary of the 2022 list must be the
// notice's, and the list must cite the notice it comes from.
import { readFileSync } from 'node:fs';
import { parseNotice } from '../../../scripts/lib/parse-notice';
import { lists } from '..';
import { createResourceCache } from '../../lib/resource-cache';

const YEAR = 2022;
const NOTICE = new URL(`../../../data/source/notice-${YEAR}.txt`, import.meta.url);

describe(`data/lists/${YEAR}.json against the notice`, async () => {
  const text = readFileSync(NOTICE, 'utf8');
  const notice = parseNotice(text);
  const { projects, source } = await createResourceCache().load(lists.resource(YEAR));

  it('finds the 35 projects of the notice, numbered 1..35', () => {
    expect(notice.map((p) => p.id)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(text).toContain(`共评选出${notice.length}项“出彩工作”`);
  });

  it('has one project per notice entry', () => {
    expect(projects.map((p) => p.id)).toEqual(notice.map((p) => p.id));
  });

  it.each(notice)('project $id keeps the notice’s title, unit and summary', (entry) => {
    const project = projects.find((p) => p.id === entry.id);
    expect({ title: project?.title, unit: project?.unit, summary: project?.summary }).toEqual({
      title: entry.title,
      unit: entry.unit,
      summary: entry.summary,
    });
  });

  it('names the notice it comes from: its title, publisher and date', () => {
    expect(source).toEqual({
      title: '关于河南省人大系统“出彩工作”评选结果的公示',
      publisher: '河南省人大常委会办公厅',
      date: '2022-12-23',
      year: YEAR,
    });
    const [y, m, d] = source.date.split('-').map(Number);
    const flat = text.replace(/\s+/g, '');
    expect(flat.startsWith(source.title)).toBe(true);
    expect(flat).toContain(`${source.publisher}${y}年${m}月${d}日`);
  });

  it('keeps the spaces inside titles exactly as printed', () => {
    const titles = new Map(notice.map((p) => [p.id, p.title]));
    expect(titles.get(3)).toContain('立法 “小切口”立法'); // ASCII space in the notice
    expect(titles.get(10)).toBe('围绕打赢蓝天碧水净土保卫战\u3000组织开展环境保护法执法检查和专题询问');
  });
});

describe('parseNotice', () => {
  const fixture = [
    '附件',
    '名单及项目简介',
    '1.第一个项目 标题',
    '申报单位：省人大常委会办公厅',
    '简介材料：共有12.5万人参与。  ',
    '2',
    '',
    '.第二个项目',
    '',
    '　　申报单位：郑州市人大常委会',
    '　简介材料：摘要二。',
    '　　3.第三个项目标题被',
    '折行　后半句',
    '申报单位：某县人大常委会',
    '简介材料：摘要三。',
    '',
  ].join('\r\n');

  it('removes only layout artefacts', () => {
    expect(parseNotice(fixture)).toEqual([
      { id: 1, title: '第一个项目 标题', unit: '省人大常委会办公厅', summary: '共有12.5万人参与。' },
      { id: 2, title: '第二个项目', unit: '郑州市人大常委会', summary: '摘要二。' },
      { id: 3, title: '第三个项目标题被折行\u3000后半句', unit: '某县人大常委会', summary: '摘要三。' },
    ]);
  });

  it('ignores digits that do not continue the numbering', () => {
    const text =
      '1.甲\n申报单位：甲单位\n简介材料：甲摘要\n5.不是标题\n2022年\n2.乙\n申报单位：乙单位\n简介材料：乙摘要';
    expect(parseNotice(text).map((p) => [p.id, p.summary])).toEqual([
      [1, '甲摘要5.不是标题2022年'],
      [2, '乙摘要'],
    ]);
  });

  it('rejects an entry without a unit or summary', () => {
    expect(() => parseNotice('1.甲\n简介材料：无单位')).toThrow(/第 1 项缺少申报单位/);
  });
});
