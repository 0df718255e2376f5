// The thin adapter from the slide model to pptxgenjs: it copies elements onto slides and decides nothing; what
// pptxgenjs cannot write, finish-pptx.ts adds to its file.
// Loaded only on the 导出PPT click (pptxgenjs and its zip writer stay out of the entry chunk).
import PptxGenJS from 'pptxgenjs';
import type { ChartFinish } from './chart-xml';
import type {
  ChartElement,
  Deck,
  ImageSlot,
  TableElement,
  TextElement,
  TextRun,
  TextStyle,
} from './deck-types';
import { finishPptx } from './finish-pptx';
import { INSET_X, INSET_Y, PT_PER_INCH } from './slide-text';

/** Microsoft YaHei on Windows (PowerPoint and WPS); elsewhere the office suite substitutes its CJK sans. */
export const FONT_FACE = 'Microsoft YaHei';
const LANG = 'zh-CN';

/** The picture for each image slot (the map, each locator), as a data: URL (PNG). */
export type DeckImages = Readonly<Record<ImageSlot, string>>;

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
    ...(el.noWrap ? { wrap: false } : {}),
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
        ...(cell.colspan ? { colspan: cell.colspan } : {}),
        ...(cell.border
          ? { border: cell.border.map((b) => ({ type: 'solid' as const, pt: b.pt, color: hex(b.colour) })) }
          : {}),
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

/** Value labels: the count and 项, zeros included (「0 项」), as on the dashboard. */
const VALUE_LABEL_FORMAT = '0" 项"';

/** Adds the chart; returns what finishPptx must add to the chart's XML, in the order pptxgenjs wrote it. */
function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, el: ChartElement): ChartFinish {
  // PowerPoint draws a bar chart's first category at the bottom; the model lists them top first.
  const written = <T>(list: readonly T[]): T[] => (el.direction === 'bar' ? [...list].reverse() : [...list]);
  const text = { color: hex(el.textColour), size: el.fontSize };
  slide.addChart(
    pptx.ChartType.bar,
    el.series.map((s) => ({ name: s.name, labels: written(el.categories), values: written(s.values) })),
    {
      ...el.box,
      altText: el.altText,
      barDir: el.direction === 'bar' ? 'bar' : 'col',
      barGrouping: el.stacked ? 'stacked' : 'clustered',
      barGapWidthPct: 60,
      // 'transparent' is pptxgenjs' word for a series drawn without fill.
      chartColors: el.series.map((s) => (s.colour === null ? 'transparent' : hex(s.colour))),
      showLegend: el.series.some((s) => s.inLegend),
      legendPos: 't',
      legendFontFace: FONT_FACE,
      legendFontSize: text.size,
      legendColor: text.color,
      showValue: true,
      dataLabelFormatCode: VALUE_LABEL_FORMAT,
      dataLabelFontFace: FONT_FACE,
      dataLabelFontSize: text.size,
      dataLabelColor: text.color,
      // pptxgenjs checks for and accepts 'inBase' on stacked bars, though its type does not list it.
      dataLabelPosition: el.labelPosition as 'outEnd',
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
      ...(el.valueMax !== undefined ? { valAxisMaxVal: el.valueMax } : {}),
      valGridLine: { color: hex(el.gridColour), size: 0.75 },
      catGridLine: { style: 'none' },
      lang: LANG,
    },
  );
  return {
    categoryTitle: el.categoryTitle,
    series: el.series.map((s) => ({
      barFills: written(el.categories.map((_, i) => s.barColours?.[i] ?? null)).map((fill) =>
        fill === null || s.colour === null || fill === s.colour ? null : hex(fill),
      ),
      labelled: s.labelled,
      inLegend: s.inLegend,
    })),
  };
}

/** Writes the deck as a finished, compressed .pptx Blob (16:9), with the map picture in its slot. */
export async function writePptx(deck: Deck, images: DeckImages): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subject;
  pptx.author = deck.author;
  pptx.company = '';
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  const charts: ChartFinish[] = [];
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
        const data = images[el.slot];
        if (!data) throw new Error(`no picture for ${el.slot}`);
        slide.addImage({ ...el.box, data, altText: el.altText });
      } else if (el.kind === 'table') {
        addTable(slide, el);
      } else {
        charts.push(addChart(pptx, slide, el));
      }
    }
    if (model.notes) slide.addNotes(model.notes);
  }
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPptx(written, charts);
}
