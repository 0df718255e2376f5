import { createProject } from '../../../test/data-generators';
import { LIST_COLUMNS, listRows } from '../list-table';
import { cellLines, FILTER_SHEET, LIST_SHEET, listWorkbook, rowHeight } from '../list-workbook';

describe('cellLines', () => {
  it('counts the lines text wraps into, a CJK character taking about two digits of the width', () => {
    expect(cellLines('立法', 40)).toBe(1);
    // 40 characters wide: 17 CJK characters a line at most, so 60 of them take four lines.
    expect(cellLines('字'.repeat(60), 40)).toBe(4);
    expect(cellLines('第一段\n第二段', 40)).toBe(2);
  });
});

describe('listWorkbook', () => {
  const SHORT = createProject({
    id: 1,
    level: 'city',
    category: 'legislation',
    title: '短标题',
    summary: '短简介',
  });
  const LONG = createProject({
    id: 2,
    level: 'county',
    category: 'supervision',
    title: '一个很长的标题'.repeat(8),
    summary: '一段很长的简介，写满了做法和成效。'.repeat(20),
  });
  const [list, filter] = listWorkbook(
    '筛选：层级=县级（符合 1 / 2 项）',
    '来源：某公示',
    listRows([SHORT, LONG]),
  );

  it('wraps every text cell and makes each row as tall as its longest text', () => {
    expect(list!.sheet).toBe(LIST_SHEET);
    expect(list!.data[0]!.map((c) => (c as { value: string }).value)).toEqual([...LIST_COLUMNS]);
    const [short, long] = list!.data.slice(1) as { value: unknown; wrap?: boolean; height?: number }[][];
    for (const row of [short!, long!]) {
      expect(row.every((c) => c.wrap === (typeof c.value === 'string'))).toBe(true);
      expect(new Set(row.map((c) => c.height)).size).toBe(1);
    }
    expect(short![0]!.height).toBe(rowHeight(['短标题'], [40]));
    // 340 characters in the 80-wide 简介 column: at least ten lines of at least 15 pt.
    expect(long![0]!.height).toBeGreaterThanOrEqual(10 * 15);
  });

  it('adds a sheet 筛选条件 with the filter and the source, in the images’ words', () => {
    expect(filter!.sheet).toBe(FILTER_SHEET);
    expect(filter!.data.map((row) => (row[0] as { value: string }).value)).toEqual([
      '筛选：层级=县级（符合 1 / 2 项）',
      '来源：某公示',
    ]);
  });
});
