// The briefing deck for the current view, as a slide model: title, map, the statistics, the projects by
// region, a closing slide. Pure: the same projects, filters and date give the same deck.
import type { ChartDescriptor } from '../../../charts/chart-descriptor';
import { dashboardTitle, LEVEL_KEYS, LEVEL_LABELS } from '../../../data';
import type { Project, ProjectList } from '../../../data';
import type { MapWords } from '../../../charts/map/map-words';
import { filterProjects, keyFigures } from '../../../state/filter-projects';
import type { Filters } from '../../../state/filters';
import { groupByRegion } from '../../../state/region-groups';
import { imageWords } from '../image-words';
import { chartSlideBodies } from './chart-slides';
import type { Box, Deck, DeckElement, DeckSlide } from './deck-types';
import { projectPages } from './project-slides';
import { projectSlideNotes } from './speaker-notes';
import {
  COLOURS,
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_W,
  frame,
  MARGIN_X,
  pageNumber,
  SLIDE_H,
  SLIDE_W,
  text,
} from './slide-frame';
import type { FooterWords } from './slide-frame';
import { linesHeight, textHeight } from './slide-text';

/** What the deck is made from. */
export interface DeckInput {
  /** The year's list; the deck shows those of its projects the filters leave. */
  readonly list: ProjectList;
  readonly filters: Filters;
  /** The statistics charts, a slide each, in the order of CHARTS (src/charts/chart-list.ts). */
  readonly charts: readonly ChartDescriptor[];
  /** The day the deck is made (local calendar date). */
  readonly date: Date;
  /** Width / height of the map picture, so its box keeps its shape. */
  readonly mapAspect: number;
  /** What the map picture draws (its place, what its colours count), as the live map says. */
  readonly mapWords: MapWords;
  /** The chosen county's name (from the geometry), for the caption. */
  readonly countyName?: string;
}

/** The deck's subtitle, under the dashboard's name. */
export const DECK_SUBTITLE = '工作汇报';
/** The file's author: the dashboard that made it. */
export const DECK_AUTHOR = '河南省人大系统“出彩工作”地图看板';
/** The closing slide's line under the dashboard's name. */
export const CLOSING_LINE = '汇报完毕，谢谢！';

/** 「2026年11月25日」, the local calendar date. */
export function chineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

const content = (
  key: string,
  title: string,
  footer: FooterWords,
  body: DeckElement[],
  notes?: string,
): DeckSlide => ({
  key,
  background: COLOURS.white,
  elements: [...frame(title, footer), ...body],
  ...(notes ? { notes } : {}),
});

/** A red band with the deck's name over the top of the slide, the words below it. */
function coverSlide(
  title: string,
  key: string,
  subtitle: string,
  lines: readonly { text: string; size: number; muted?: boolean }[],
): DeckSlide {
  const bandH = 4.0;
  const titleSize = 36;
  const titleH = textHeight(title, titleSize, CONTENT_W);
  const titleY = bandH - 0.6 - linesHeight(1, 24) - titleH;
  const elements: DeckElement[] = [
    { kind: 'rect', box: { x: 0, y: 0, w: SLIDE_W, h: bandH }, fill: COLOURS.accent },
    text({ x: MARGIN_X + 0.3, y: titleY, w: CONTENT_W - 0.6, h: titleH }, title, {
      fontSize: titleSize,
      colour: COLOURS.white,
      bold: true,
    }),
    text(
      { x: MARGIN_X + 0.3, y: titleY + titleH + 0.1, w: CONTENT_W - 0.6, h: linesHeight(1, 24) },
      subtitle,
      { fontSize: 24, colour: COLOURS.white },
    ),
  ];
  let y = bandH + 0.5;
  for (const line of lines) {
    const h = textHeight(line.text, line.size, CONTENT_W - 0.6);
    elements.push(
      text({ x: MARGIN_X + 0.3, y, w: CONTENT_W - 0.6, h }, line.text, {
        fontSize: line.size,
        colour: line.muted ? COLOURS.muted : COLOURS.text,
      }),
    );
    y += h + 0.12;
  }
  return { key, background: COLOURS.white, elements };
}

const MAP_BOX_W = 8.3;
/** The map picture's room on the map slide, left of the side column. */
export const MAP_ROOM = {
  x: MARGIN_X,
  y: CONTENT_TOP,
  w: MAP_BOX_W,
  h: CONTENT_BOTTOM - CONTENT_TOP,
} as const;
/** The side column of the map slide: the count in large type, the lines under it, the notes. */
const SIDE_COUNT_SIZE = 28;
const SIDE_LINE_SIZE = 17;
const SIDE_NOTE_SIZE = 12;
const SIDE_X = MARGIN_X + MAP_BOX_W + 0.4;
const SIDE_W = SLIDE_W - MARGIN_X - SIDE_X;

/** The largest box of this aspect ratio inside `room`, centred in it. */
export function fitBox(room: Box, aspect: number): Box {
  const w = Math.min(room.w, room.h * aspect);
  const h = w / aspect;
  return { x: room.x + (room.w - w) / 2, y: room.y + (room.h - h) / 2, w, h };
}

/** The map picture on the left; on the right, how many projects match and where, and what the map shows. */
function mapBody(
  matching: readonly Project[],
  caption: string,
  aspect: number,
  map: MapWords,
): DeckElement[] {
  const figures = keyFigures(matching);
  const side: { text: string; size: number; bold?: boolean; muted?: boolean; gap?: number }[] = [
    { text: `符合 ${figures.total} 项`, size: SIDE_COUNT_SIZE, bold: true },
    ...LEVEL_KEYS.map((k) => ({ text: `${LEVEL_LABELS[k]} ${figures.byLevel[k]} 项`, size: SIDE_LINE_SIZE })),
    { text: `涉及 ${figures.prefecturesCovered} 个省辖市`, size: SIDE_LINE_SIZE },
    { text: caption, size: SIDE_NOTE_SIZE, muted: true, gap: 0.25 },
    { text: map.note, size: SIDE_NOTE_SIZE, muted: true },
  ];
  const elements: DeckElement[] = [
    {
      kind: 'image',
      box: fitBox(MAP_ROOM, aspect),
      slot: 'map',
      altText: `${map.place ?? '河南省'}地图：${caption}`,
    },
  ];
  let y = CONTENT_TOP + 0.1;
  for (const s of side) {
    y += s.gap ?? 0;
    const h = textHeight(s.text, s.size, SIDE_W);
    elements.push(
      text({ x: SIDE_X, y, w: SIDE_W, h }, s.text, {
        fontSize: s.size,
        bold: s.bold,
        colour: s.muted ? COLOURS.muted : s.bold ? COLOURS.accent : COLOURS.text,
      }),
    );
    y += h + 0.05;
  }
  return elements;
}

/** The whole deck for the current view; every content slide carries the filters, the source and its number. */
export function buildDeck(input: DeckInput): Deck {
  const { list, filters } = input;
  const { projects } = list;
  const title = dashboardTitle(list.year);
  const matching = filterProjects(projects, filters);
  const words = imageWords(list, filters, null, undefined, { countyName: input.countyName });
  const footer = { caption: words.caption, source: words.source };
  const date = chineseDate(input.date);

  const slides: DeckSlide[] = [
    coverSlide(title, 'title', DECK_SUBTITLE, [
      { text: words.caption, size: 20 },
      { text: words.source, size: 14, muted: true },
      { text: `汇报日期：${date}`, size: 14, muted: true },
    ]),
    content('map', '分布地图', footer, mapBody(matching, words.caption, input.mapAspect, input.mapWords)),
    ...chartSlideBodies(projects, filters, input.charts).map(({ chart, elements }) =>
      content(`chart:${chart.name}`, `统计 · ${chart.heading}`, footer, elements),
    ),
    ...projectPages(groupByRegion(matching)).map((page) =>
      content(page.key, page.title, footer, [page.table, ...page.extras], projectSlideNotes(page.projects)),
    ),
  ];
  if (matching.length === 0) {
    slides.push(
      content('projects:none', '项目清单', footer, [
        text(
          { x: MARGIN_X, y: CONTENT_TOP, w: CONTENT_W, h: linesHeight(1, 20) },
          '没有符合当前筛选条件的项目。',
          {
            fontSize: 20,
            colour: COLOURS.muted,
          },
        ),
      ]),
    );
  }
  slides.push(
    coverSlide(title, 'closing', CLOSING_LINE, [
      { text: words.source, size: 20 },
      { text: `${words.caption} · 汇报日期：${date}`, size: 14, muted: true },
    ]),
  );

  // Page numbers on content slides, once the count is known.
  const numbered = slides.map((slide, i) =>
    slide.key === 'title' || slide.key === 'closing'
      ? slide
      : { ...slide, elements: [...slide.elements, pageNumber(i + 1, slides.length)] },
  );
  return {
    title: `${title} · ${DECK_SUBTITLE}`,
    subject: words.caption,
    author: DECK_AUTHOR,
    slides: numbered,
  };
}

/** The slide height, for tests that check every element stays on the slide. */
export const DECK_SLIDE = { w: SLIDE_W, h: SLIDE_H } as const;
