// The layout quirks of published notices, each in a few lines of text.
import { describe, expect, it } from 'vitest';
import { parseNoticeEntries } from '../../lib/parse-notice';
import { importNotice } from '../draft-list';
import { HEADER_LINES } from './notice-fixture';

const withHeader = (...lines: string[]) => [...HEADER_LINES, ...lines].join('\n');
const at = (line: number) => HEADER_LINES.length + line; // 1-based line of the n-th body line

describe('the notice layouts the importer reads', () => {
  it('joins a number split from its title across lines ("2\\n.高标准…")', () => {
    const text = withHeader(
      '1.甲项目',
      '申报单位：省人大常委会办公厅',
      '简介材料：甲简介。',
      '2',
      '',
      '.高标准建设陈列室',
      '申报单位：省人大常委会办公厅',
      '简介材料：乙简介。',
    );
    expect(importNotice(text).dataset.projects.map((p) => [p.id, p.title])).toEqual([
      [1, '甲项目'],
      [2, '高标准建设陈列室'],
    ]);
  });

  it('reads full-width numbers and dots ("３．")', () => {
    const text = withHeader(
      '１．甲项目',
      '申报单位：省人大常委会办公厅',
      '简介材料：甲简介。',
      '２',
      '．乙项目',
      '申报单位：省人大常委会办公厅',
      '简介材料：乙简介。',
    );
    expect(parseNoticeEntries(text).map((p) => [p.id, p.title])).toEqual([
      [1, '甲项目'],
      [2, '乙项目'],
    ]);
  });

  it('reads ASCII and full-width colons after 申报单位 and 简介材料', () => {
    const text = withHeader(
      '1.甲',
      '申报单位:郑州市人大常委会',
      '简介材料 : 甲简介。',
      '2.乙',
      '申报单位：开封市人大常委会',
      '简介材料：乙简介。',
    );
    expect(parseNoticeEntries(text).map((p) => [p.unit, p.summary])).toEqual([
      ['郑州市人大常委会', '甲简介。'],
      ['开封市人大常委会', '乙简介。'],
    ]);
  });

  it('drops U+3000 indents and trailing spaces but keeps the spaces inside a title', () => {
    const text = withHeader(
      '　　1.围绕打赢保卫战\u3000开展执法检查 和询问  ',
      '　　申报单位：省人大常委会办公厅',
      '　简介材料：第一段，',
      '　　第二段。 ',
    );
    const [entry] = parseNoticeEntries(text);
    expect(entry).toMatchObject({
      title: '围绕打赢保卫战\u3000开展执法检查 和询问',
      unit: '省人大常委会办公厅',
      summary: '第一段，第二段。',
    });
  });

  it('stops on a numbering gap, naming the line, and drafts nothing', () => {
    const text = withHeader(
      '1.甲',
      '申报单位：省人大常委会办公厅',
      '简介材料：甲简介。',
      '3.丙',
      '申报单位：省人大常委会办公厅',
      '简介材料：丙简介。',
    );
    expect(() => importNotice(text)).toThrow(`第 ${at(4)} 行：这里应是第 2 项，编号却是 3（“3.丙”）`);
  });

  it('stops on a repeated number, naming the line', () => {
    const text = withHeader(
      '1.甲',
      '申报单位：省人大常委会办公厅',
      '简介材料：甲简介。',
      '1',
      '.乙',
      '申报单位：省人大常委会办公厅',
      '简介材料：乙简介。',
    );
    expect(() => importNotice(text)).toThrow(`第 ${at(4)} 行：这里应是第 2 项，编号却是 1`);
  });

  it('stops on a unit whose numbered title is missing', () => {
    const text = withHeader(
      '1.甲',
      '申报单位：省人大常委会办公厅',
      '简介材料：甲简介。',
      '乙项目没有编号',
      '申报单位：省人大常委会办公厅',
      '简介材料：乙简介。',
    );
    expect(() => importNotice(text)).toThrow(
      `第 ${at(5)} 行：申报单位前面没有第 2 项的编号标题（上一行是“乙项目没有编号”），请改为「2.标题」的写法`,
    );
  });

  it('reads a title numbered with 、 ("2、乙") when a 申报单位 follows it', () => {
    const text = withHeader(
      '1.甲',
      '申报单位：省人大常委会办公厅',
      '简介材料：甲简介，分两点：',
      '2、第一点；',
      '3、第二点。',
      '2、乙',
      '申报单位：省人大常委会办公厅',
      '简介材料：乙简介。',
    );
    expect(importNotice(text).dataset.projects.map((p) => [p.id, p.title, p.summary])).toEqual([
      [1, '甲', '甲简介，分两点：2、第一点；3、第二点。'],
      [2, '乙', '乙简介。'],
    ]);
  });

  it.each(['十三、丙', '（13）丙', '13，丙'])(
    'names a title numbered another way ("%s") and its line',
    (title) => {
      const entries = Array.from({ length: 12 }, (_, i) => [
        `${i + 1}.项目${i + 1}`,
        '申报单位：省人大常委会办公厅',
        `简介材料：项目${i + 1}简介。`,
      ]).flat();
      const text = withHeader(...entries, title, '申报单位：省人大常委会办公厅', '简介材料：丙简介。');
      expect(() => importNotice(text)).toThrow(
        `第 ${at(37)} 行：第 13 项的标题编号写法无法识别（“${title}”），请改为「13.标题」的写法`,
      );
    },
  );
});
