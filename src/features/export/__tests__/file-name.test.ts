import { EMPTY_FILTERS } from '../../../state/filters';
import { dateStamp, exportFileName } from '../file-name';

describe('exportFileName', () => {
  const day = new Date(2026, 10, 5, 23, 30); // local time: 5 November 2026

  it('uses the local date as YYYYMMDD', () => {
    expect(dateStamp(day)).toBe('20261105');
  });

  it('names the list’s year, what, which filters and when', () => {
    expect(exportFileName(2030, '地图', EMPTY_FILTERS, day, 'png')).toBe(
      '出彩工作2030-地图-全部-20261105.png',
    );
    expect(
      exportFileName(
        2031,
        '类别',
        { ...EMPTY_FILTERS, categories: ['supervision'], levels: ['county'] },
        day,
        'svg',
      ),
    ).toBe('出彩工作2031-类别-监督-县级-20261105.svg');
    expect(exportFileName(2030, '项目列表', { ...EMPTY_FILTERS, region: '410100' }, day, 'csv')).toBe(
      '出彩工作2030-项目列表-郑州市-20261105.csv',
    );
    expect(
      exportFileName(
        2030,
        '汇报',
        { ...EMPTY_FILTERS, region: '411500', county: '411525' },
        day,
        'pptx',
        undefined,
        '固始县',
      ),
    ).toBe('出彩工作2030-汇报-信阳市-固始县-20261105.pptx');
  });

  it('tells a search from the category of the same word', () => {
    const search = exportFileName(2022, '汇报', { ...EMPTY_FILTERS, query: '立法' }, day, 'pptx');
    const category = exportFileName(
      2022,
      '汇报',
      { ...EMPTY_FILTERS, categories: ['legislation'] },
      day,
      'pptx',
    );
    expect(search).toBe('出彩工作2022-汇报-搜索“立法”-20261105.pptx');
    expect(category).toBe('出彩工作2022-汇报-立法-20261105.pptx');
  });

  it('keeps the files of two years apart', () => {
    expect(exportFileName(2030, '地图', EMPTY_FILTERS, day, 'png')).not.toBe(
      exportFileName(2031, '地图', EMPTY_FILTERS, day, 'png'),
    );
  });

  it('gives the 4K image its own name, so it does not overwrite the ordinary PNG', () => {
    const png = exportFileName(2030, '地图', EMPTY_FILTERS, day, 'png');
    const png4k = exportFileName(2030, '地图', EMPTY_FILTERS, day, 'png', '4K');
    expect(png4k).toBe('出彩工作2030-地图-全部-20261105-4K.png');
    expect(png4k).not.toBe(png);
  });
});
