// The thin adapter from the slide model to pptxgenjs: it copies elements onto slides and decides nothing.
// Loaded only on the 导出PPT click (pptxgenjs and its zip writer stay out of the entry chunk).
import PptxGenJS from 'pptxgenjs';
import type { ChartElement, Deck, TableElement, TextElement, TextRun, TextStyle } from './deck-types';
import { INSET_X, INSET_Y, PT_PER_INCH } from './slide-text';

/** Microsoft YaHei on Windows (PowerPoint and WPS); elsewhere the office suite substitutes its CJK sans. */
export const FONT_FACE = 'Microsoft YaHei';
const LANG = 'zh-CN';

/** The picture for each image slot, as a data: URL (PNG). */
export type DeckImages = Readonly<Record<'map', string>>;

const hex = (colour: string) => colour.replace(/^#/u, '').toUpperCase();

function runs(list: readonly TextRun[]): PptxGenJS.TextProps[] {
  return list.map((r) => ({
    text: r.text,
    options: {
      ...(r.colour ? { color: hex(r.colour) } : {}),
      ...(r.bold !== undefined ? { bold: r.bold } : {}),
      ...(r.fontSize !== undefined ? { fontSize: r.fontSize } : {}),
      ...(r.breakAfter ? { breakLine: true } : {}),
    },
  }));
}

const insetPt = (inches: number) => Math.round(inches * PT_PER_INCH * 100) / 100;

/** The look text boxes and table cells share, and their fill. */
function textStyle(style: TextStyle & { fill?: string }) {
  return {
    fontFace: FONT_FACE,
    lang: LANG,
    fontSize: style.fontSize,
    color: hex(style.colour),
    bold: style.bold ?? false,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    ...(style.fill ? { fill: { color: hex(style.fill) } } : {}),
  } as const;
}

function addText(slide: PptxGenJS.Slide, el: TextElement): void {
  slide.addText(runs(el.runs), {
    ...el.box,
    ...textStyle(el),
    // pptxgenjs reads text-box margins in points, in the order left, right, bottom, top.
    margin: [insetPt(INSET_X), insetPt(INSET_X), insetPt(INSET_Y), insetPt(INSET_Y)],
    fit: 'none',
  });
}

function addTable(slide: PptxGenJS.Slide, el: TableElement): void {
  const rows = el.rows.map((row) =>
    row.cells.map((cell) => ({
      text: runs(cell.runs),
      options: {
        ...textStyle(cell),
        // Table cell margins are in inches: top, right, bottom, left.
        margin: [INSET_Y, INSET_X, INSET_Y, INSET_X],
      },
    })),
  );
  slide.addTable(rows as PptxGenJS.TableRow[], {
    x: el.x,
    y: el.y,
    colW: [...el.colW],
    rowH: el.rows.map((r) => r.h),
    border: { type: 'solid', pt: 1, color: hex(el.borderColour) },
  });
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, el: ChartElement): void {
  // PowerPoint draws a bar chart's first category at the bottom; the model lists them top first.
  const flip = <T>(list: readonly T[]): T[] => (el.direction === 'bar' ? [...list].reverse() : [...list]);
  const single = el.series.length === 1;
  const text = { color: hex(el.textColour), size: el.fontSize };
  slide.addChart(
    pptx.ChartType.bar,
    el.series.map((s) => ({ name: s.name, labels: flip(el.categories), values: flip(s.values) })),
    {
      ...el.box,
      altText: el.altText,
      barDir: el.direction === 'bar' ? 'bar' : 'col',
      barGrouping: el.stacked ? 'stacked' : 'clustered',
      ...(el.stacked ? { barOverlapPct: 100 } : {}),
      barGapWidthPct: 60,
      chartColors: (single ? flip(el.colours) : [...el.colours]).map(hex),
      showLegend: el.showLegend,
      legendPos: 't',
      legendFontFace: FONT_FACE,
      legendFontSize: text.size,
      legendColor: text.color,
      showValue: true,
      // Zero counts get no label (the bar is absent anyway).
      dataLabelFormatCode: '0;;;',
      dataLabelFontFace: FONT_FACE,
      dataLabelFontSize: text.size,
      dataLabelColor: text.color,
      dataLabelPosition: el.stacked ? 'ctr' : 'outEnd',
      catAxisLabelFontFace: FONT_FACE,
      catAxisLabelFontSize: text.size,
      catAxisLabelColor: text.color,
      catAxisLabelFrequency: '1',
      valAxisLabelFontFace: FONT_FACE,
      valAxisLabelFontSize: text.size,
      valAxisLabelColor: text.color,
      valAxisLabelFormatCode: '0',
      valAxisMajorUnit: el.valueStep,
      valAxisMinVal: 0,
      valGridLine: { color: hex(el.gridColour), size: 0.75 },
      catGridLine: { style: 'none' },
      lang: LANG,
    },
  );
}

/** Writes the deck as a .pptx Blob (16:9), with the map picture in its slot. */
export async function writePptx(deck: Deck, images: DeckImages): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = '河南省人大系统“出彩工作”地图看板';
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  for (const model of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: hex(model.background) };
    for (const el of model.elements) {
      if (el.kind === 'rect') {
        slide.addShape(pptx.ShapeType.rect, {
          ...el.box,
          fill: { color: hex(el.fill) },
          line: { type: 'none' },
        });
      } else if (el.kind === 'text') {
        addText(slide, el);
      } else if (el.kind === 'image') {
        slide.addImage({ ...el.box, data: images[el.slot], altText: el.altText });
      } else if (el.kind === 'table') {
        addTable(slide, el);
      } else {
        addChart(pptx, slide, el);
      }
    }
  }
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}
