import { estimateTextWidth, layoutChartImage, layoutDashboardImage, wrapText } from '../image-layout';

const WORDS = {
  title: '河南省人大系统“出彩工作”（2022年度） · 地图',
  note: '颜色：各省辖市市级、县级项目数',
  caption: '筛选：类别=监督；层级=县级（符合 1 / 35 项）',
  source: '来源：河南省人大常委会办公厅公示（2022-12-23）',
};

describe('text measuring and wrapping', () => {
  it('counts CJK as one em and ASCII narrower', () => {
    expect(estimateTextWidth('监督', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBe(12);
  });

  it('wraps long captions by character and keeps every character', () => {
    const text = '筛选：搜索=“' + '很长的文字'.repeat(20) + '”';
    const lines = wrapText(text, 15, 300);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, 15)).toBeLessThanOrEqual(300);
  });
});

describe('layoutChartImage', () => {
  it('puts title, note and caption above the chart and the source below, inside the image', () => {
    const layout = layoutChartImage(WORDS, 900, 600);
    const [slot] = layout.slots;
    expect(slot).toMatchObject({ width: 900, height: 600 });
    const texts = layout.texts.map((t) => t.text);
    expect(texts).toEqual([WORDS.title, WORDS.note, WORDS.caption, WORDS.source]);
    const source = layout.texts.at(-1)!;
    expect(source.y).toBeGreaterThan(slot!.y + slot!.height);
    expect(source.y).toBeLessThan(layout.height);
    for (const t of layout.texts.slice(0, -1)) expect(t.y).toBeLessThan(slot!.y);
    expect(layout.width).toBe(948);
  });

  it('is never narrower than the words need', () => {
    expect(layoutChartImage(WORDS, 200, 200).width).toBeGreaterThanOrEqual(560);
  });
});

describe('layoutDashboardImage', () => {
  it('lays panels in two columns without overlap and ends below the tallest', () => {
    const panels = [
      { name: 'map', heading: '分布地图', height: 760 },
      { name: 'category', heading: '按类别', height: 360 },
      { name: 'level', heading: '按层级', height: 300 },
      { name: 'prefecture', heading: '按省辖市', height: 560 },
    ];
    const layout = layoutDashboardImage(WORDS, panels);
    expect(layout.width).toBe(1920);
    expect(layout.slots.map((s) => s.name)).toEqual(['map', 'category', 'level', 'prefecture']);
    const [map, category, level] = layout.slots;
    expect(category!.x).toBeGreaterThan(map!.x + map!.width);
    expect(level!.x).toBe(category!.x);
    expect(level!.y).toBeGreaterThan(category!.y + category!.height);
    const bottom = Math.max(...layout.slots.map((s) => s.y + s.height));
    expect(layout.height).toBeGreaterThan(bottom);
    expect(layout.texts.map((t) => t.text)).toContain('按省辖市');
  });
});
