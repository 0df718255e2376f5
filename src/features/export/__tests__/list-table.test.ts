import { createProject } from '../../../test/data-generators';
import { FIXTURE } from '../../../test/fixtures';
import { filterProjects } from '../../../state/filter-projects';
import { EMPTY_FILTERS } from '../../../state/filters';
import { csvField, LIST_COLUMNS, listCsv, listRows, toCsv } from '../list-table';

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
    const csv = toCsv([
      ['№', '标题'],
      [1, 'a,"b"\nc'],
    ]);
    expect(csv.startsWith('\uFEFF№,标题\r\n')).toBe(true);
    expect(csv).toBe('\uFEFF№,标题\r\n1,"a,""b""\nc"\r\n');
  });
});

describe('listCsv', () => {
  // Text a spreadsheet would run as a formula, wherever it sits in a project.
  const HOSTILE = [
    createProject({
      id: 1,
      level: 'province',
      category: 'legislation',
      title: '=HYPERLINK("http://x","点击")',
    }),
    createProject({ id: 2, level: 'province', category: 'supervision', title: '+1+2', unit: '-2+3' }),
    createProject({ id: 3, level: 'province', category: 'deputy', unit: '@SUM(A1:A9)', summary: '\t=1+1' }),
    createProject({
      id: 4,
      level: 'province',
      category: 'general',
      title: '\r=cmd',
      summary: '正常的简介 =1',
    }),
  ];
  const csv = listCsv('筛选：类别=立法（符合 1 / 4 项）', listRows(HOSTILE));
  // A separator counts where an even number of quotes follows it (it is outside every quoted field).
  const OUTSIDE_QUOTES = '(?=(?:[^"]*"[^"]*")*[^"]*$)';
  /** The fields as a spreadsheet reads them back (quotes undone). */
  const fields = csv
    .slice(1)
    .split(new RegExp(`,${OUTSIDE_QUOTES}|\\r\\n${OUTSIDE_QUOTES}`, 'u'))
    .map((f) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/gu, '"') : f));

  it('neutralises every field that begins with = + - @, a tab or a carriage return', () => {
    for (const hostile of [
      '=HYPERLINK("http://x","点击")',
      '+1+2',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=cmd',
    ]) {
      expect(fields).toContain(`'${hostile}`);
      expect(fields).not.toContain(hostile);
    }
    expect(fields.filter((f) => /^[=+\-@\t\r]/u.test(f))).toEqual([]);
    // Only the start of a field matters; numbers stay numbers.
    expect(fields).toContain('正常的简介 =1');
    expect(fields).toContain('4');
  });

  it('names the filter on its first line, before the header', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('筛选：类别=立法（符合 1 / 4 项）');
    expect(lines[1]).toBe(LIST_COLUMNS.join(','));
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
