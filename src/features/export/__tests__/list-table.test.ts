import { createProject } from '../../../test/data-generators';
import { FIXTURE } from '../../../test/fixtures';
import { filterProjects } from '../../../state/filter-projects';
import { EMPTY_FILTERS } from '../../../state/filters';
import { csvField, LIST_COLUMNS, listRows, toCsv } from '../list-table';

describe('csvField', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('立法')).toBe('立法');
    expect(csvField(13)).toBe('13');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    // A Chinese comma is not a separator and needs no quotes.
    expect(csvField('立法，监督')).toBe('立法，监督');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every line with CRLF, and round-trips awkward fields', () => {
    const csv = toCsv(['№', '标题'], [[1, 'a,"b"\nc']]);
    expect(csv.startsWith('\uFEFF№,标题\r\n')).toBe(true);
    expect(csv).toBe('\uFEFF№,标题\r\n1,"a,""b""\nc"\r\n');
  });
});

describe('listRows', () => {
  it('has the seven columns, the place in words and every category', () => {
    expect(LIST_COLUMNS).toEqual(['№', '标题', '申报单位', '层级', '地区', '类别', '简介']);
    const beiguan = createProject({
      id: 8,
      level: 'county',
      prefecture: '410500',
      county: '410503',
      category: 'democracy',
      tags: ['deputy', 'supervision'],
    });
    const county = listRows(
      filterProjects([...FIXTURE, beiguan], { ...EMPTY_FILTERS, levels: ['county'] }),
      new Map([['410503', '北关区']]),
    );
    expect(county.map((row) => row[0])).toEqual([4, 6, 8]);
    const anyang = county.find((row) => row[0] === 8)!;
    expect(anyang[3]).toBe('县级');
    expect(anyang[4]).toBe('安阳市 · 北关区');
    expect(anyang[5]).toBe('全过程人民民主、代表工作、监督');
    // A county whose name is not known yet is named by its prefecture.
    expect(county[0]![4]).toBe('郑州市');
    expect(listRows([FIXTURE[0]!])[0]![4]).toBe('河南省（省级）');
    expect(listRows([FIXTURE[0]!])[0]).toEqual([
      1,
      '省级立法项目',
      '省人大法制委员会',
      '省级',
      '河南省（省级）',
      '立法',
      FIXTURE[0]!.summary,
    ]);
  });
});
