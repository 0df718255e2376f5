import { composeSvg, escapeXml } from '../compose-svg';
import { layoutChartImage } from '../image-layout';

const COLOURS = { background: '#ffffff', text: '#1f2329', muted: '#5c6370' };

describe('composeSvg', () => {
  it('escapes the words, fills the background and nests the chart', () => {
    const words = { title: '出彩工作 <地图> & "看板"', caption: '全部项目', source: '来源：公示' };
    const layout = layoutChartImage(words, 600, 400);
    const chart = '<svg width="600" height="400" xmlns="http://www.w3.org/2000/svg"><rect/></svg>';
    const svg = composeSvg(layout, new Map([['chart', chart]]), COLOURS, words.title);
    expect(svg).toContain('出彩工作 &#60;地图&#62; &#38; &#34;看板&#34;');
    expect(svg).not.toContain('<地图>');
    expect(svg).toContain(`<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`);
    expect(svg).toContain(
      `<g transform="translate(${layout.slots[0]!.x} ${layout.slots[0]!.y})">${chart}</g>`,
    );
    expect(svg).toContain('来源：公示');
  });

  it('escapes attribute quotes', () => {
    expect(escapeXml(`"a" 'b'`)).toBe('&#34;a&#34; &#39;b&#39;');
  });
});
