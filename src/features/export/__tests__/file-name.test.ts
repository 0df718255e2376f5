import { EMPTY_FILTERS } from '../../../state/filters';
import { dateStamp, exportFileName } from '../file-name';

describe('exportFileName', () => {
  const day = new Date(2026, 10, 5, 23, 30); // local time: 5 November 2026

  it('uses the local date as YYYYMMDD', () => {
    expect(dateStamp(day)).toBe('20261105');
  });

  it('names what, which filters and when', () => {
    expect(exportFileName('地图', EMPTY_FILTERS, day, 'png')).toBe('出彩工作-地图-全部-20261105.png');
    expect(
      exportFileName(
        '类别',
        { ...EMPTY_FILTERS, categories: ['supervision'], levels: ['county'] },
        day,
        'svg',
      ),
    ).toBe('出彩工作-类别-监督-县级-20261105.svg');
    expect(exportFileName('项目列表', { ...EMPTY_FILTERS, region: '410100' }, day, 'csv')).toBe(
      '出彩工作-项目列表-郑州市-20261105.csv',
    );
  });

  it('gives the 4K image its own name, so it does not overwrite the ordinary PNG', () => {
    const png = exportFileName('地图', EMPTY_FILTERS, day, 'png');
    const png4k = exportFileName('地图', EMPTY_FILTERS, day, 'png', '4K');
    expect(png4k).toBe('出彩工作-地图-全部-20261105-4K.png');
    expect(png4k).not.toBe(png);
  });
});
