import { describe, expect, it } from 'vitest';
import { noticeLines } from '../../lib/parse-notice';
import { parseNoticeHeader } from '../parse-header';

const header = (text: string) => parseNoticeHeader(noticeLines(text));

describe('parseNoticeHeader', () => {
  it('reads a title broken over lines, the publisher and the date of the signature', () => {
    const text = [
      '关于河南省人大系统“出彩工作”',
      '',
      '评选结果的公示',
      '根据省人大常委会2022年度工作要点安排，自2022年11月１日至12月中旬开展评选。',
      '联系方式：0371-65506205',
      '　　　　　河南省人大常委会办公厅',
      '',
      '　　　　　2022年12月23日',
      '附件',
    ].join('\n');
    expect(header(text)).toEqual({
      title: '关于河南省人大系统“出彩工作”评选结果的公示',
      publisher: '河南省人大常委会办公厅',
      date: '2022-12-23',
      year: 2022,
    });
  });

  it('reads dates in full-width digits and in Chinese numerals', () => {
    expect(header('关于某某的公示\n某办公厅\n２０２３年１月５日').date).toBe('2023-01-05');
    expect(header('关于某某的通知\n某办公厅\n二〇二三年十二月二十三日').date).toBe('2023-12-23');
    expect(header('关于某某的公告\n某办公厅\n二〇二四年十月十日').date).toBe('2024-10-10');
  });

  it('takes the year from the work year (年度) when the notice names one, else from the date', () => {
    expect(header('关于2023年度某某的公示\n某办公厅\n2024年1月5日').year).toBe(2023);
    expect(header('关于某某的公示\n某办公厅\n2024年1月5日').year).toBe(2024);
  });

  it('names the line when the title or the signature is missing', () => {
    expect(() => header('某某名单\n某办公厅\n2024年1月5日')).toThrow(/^第 1 行：第一项之前没有公示标题/);
    expect(() => header('关于某某\n的说明\n的补充\n某办公厅\n2024年1月5日')).toThrow(
      /^第 1 行：标题在 3 行之内没有以「公示」/,
    );
    expect(() => header('关于某某的公示\n某办公厅')).toThrow(/没有落款日期/);
    expect(() => header('关于某某的公示\n2024年1月5日')).toThrow(/^第 2 行：落款日期的上一行不是发布单位/);
  });
});
