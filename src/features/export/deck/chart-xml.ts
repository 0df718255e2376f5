// What a chart needs beyond what pptxgenjs writes, added to the chart's XML: bars coloured on their own within a
// series (pptxgenjs colours single bars only in a one-series chart), series without labels, and series left out
// of the legend. Pure string work on pptxgenjs' own output; a shape it does not recognise is an error, never a
// silently different chart.

/** How one series of a chart is drawn, in the order pptxgenjs wrote its categories. */
export interface SeriesFinish {
  /** Each bar's fill (RRGGBB) where it differs from the series' colour, else null. */
  readonly barFills: readonly (string | null)[];
  /** Its values are written at the bars. */
  readonly labelled: boolean;
  /** The legend lists it. */
  readonly inLegend: boolean;
}

/** What one chart needs beyond pptxgenjs: its series as above, and the header of its data's first column. */
export interface ChartFinish {
  readonly categoryTitle: string;
  readonly series: readonly SeriesFinish[];
}

const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/gu;
const LABELS = /<c:dLbls>[\s\S]*?<\/c:dLbls>/u;
const LEGEND_POS = /<c:legendPos val="[a-z]+"\/>/u;
const HORIZONTAL = '<c:barDir val="bar"/>';
/** What PowerPoint itself writes for a series whose labels are switched off. */
const NO_LABELS = '<c:dLbls><c:delete val="1"/></c:dLbls>';

const dataPoint = (index: number, fill: string) =>
  `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>` +
  `<c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr></c:dPt>`;

/** One `<c:ser>`: its own bar fills go just before its labels (the schema's order), its labels stay or go. */
function finishSeries(ser: string, finish: SeriesFinish): string {
  const labels = LABELS.exec(ser);
  if (!labels) throw new Error('chart series without <c:dLbls>: pptxgenjs wrote an unexpected shape');
  const points = finish.barFills.map((fill, i) => (fill === null ? '' : dataPoint(i, fill))).join('');
  const start = labels.index;
  const end = start + labels[0].length;
  return `${ser.slice(0, start)}${points}${finish.labelled ? labels[0] : NO_LABELS}${ser.slice(end)}`;
}

/** The chart XML with every series finished and the legend listing only the series meant for it. */
export function finishChartXml(xml: string, finish: ChartFinish): string {
  let index = 0;
  const done = xml.replace(SERIES, (ser) => {
    const series = finish.series[index];
    index += 1;
    if (!series) throw new Error(`chart has more series than the ${finish.series.length} expected`);
    return finishSeries(ser, series);
  });
  if (index !== finish.series.length) {
    throw new Error(`chart has ${index} series, ${finish.series.length} expected`);
  }
  // Legend entries of horizontal bars count from the last series (as Excel lists them; LibreOffice's
  // LegendConverter::legendEntriesFormatting reads them so).
  const last = finish.series.length - 1;
  const entry = (i: number) => (xml.includes(HORIZONTAL) ? last - i : i);
  const hidden = finish.series.flatMap((s, i) => (s.inLegend ? [] : [entry(i)]));
  if (hidden.length === 0 || !LEGEND_POS.test(done)) return done;
  const entries = hidden
    .map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`)
    .join('');
  return done.replace(LEGEND_POS, (pos) => `${pos}${entries}`);
}
