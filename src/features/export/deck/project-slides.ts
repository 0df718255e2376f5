// The projects by region, as native tables: 省级 across the slide; the prefectures beside a locator map of the
// province that highlights them. Prefectures with one or two projects share a slide with their neighbours (in
// the deck's region order) while the table still fits, so the full deck stays short; a larger group has its
// own slide, continued on the next where it does not fit.
import type { Project } from '../../../data';
import type { RegionGroup } from '../../../state/region-groups';
import { PROVINCE_FOCUS } from '../../../state/filters';
import type { DeckElement, ImageSlot, TableElement } from './deck-types';
import { keyFigureTiles } from './key-figure-tiles';
import type { Column, Row } from './project-table';
import {
  headerRow,
  headHeight,
  narrowColumns,
  PROJECT_COLUMNS,
  projectRow,
  sectionRow,
  TYPE_SCALES,
} from './project-table';
import { COLOURS, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_W, MARGIN_X } from './slide-frame';
import { linesHeight, wholeNameLines } from './slide-text';

/** Prefectures with at most this many projects share a slide. */
export const SHARED_UP_TO = 2;
/** At most this many prefectures on one slide, so the locator's highlights stay few enough to tell apart. */
export const MAX_SHARED = 4;

/** The locator map beside a prefecture table: a square, the province fitted inside it. */
export const LOCATOR = { w: 3.3, h: 3.3, gap: 0.25 } as const;
const LOCATOR_CAPTION_SIZE = 12;
/** The table beside the locator. */
const NARROW_W = CONTENT_W - LOCATOR.w - LOCATOR.gap;

/** The room a table has below the title bar and above the footer. */
export const TABLE_ROOM = CONTENT_BOTTOM - CONTENT_TOP;

/** One slide's projects: its title, its table and what goes beside or under it. */
export interface ProjectPage {
  readonly key: string;
  readonly title: string;
  readonly table: TableElement;
  /** The locator map beside the table, and the key figures in large type under a short table. */
  readonly extras: readonly DeckElement[];
  readonly projects: readonly Project[];
  readonly projectIds: readonly number[];
}

/** A table line: a project's row, or the row naming the prefecture that follows. */
type Line = { project: Project | null; row: Row };

/** The slide for these prefecture codes' locator map. */
export const locatorSlot = (codes: readonly string[]): ImageSlot => `locator:${codes.join('+')}`;

const sum = (lines: readonly Line[], scale: number) =>
  lines.reduce((total, l) => total + l.row.h, headHeight(scale));

/** The table lines of these groups; each group opens with its name when the slide holds several. */
function linesOf(groups: readonly RegionGroup[], scale: number, cols: readonly Column[]): Line[] {
  return groups.flatMap((g) => [
    ...(groups.length > 1
      ? [{ project: null, row: sectionRow(g.name, g.projects.length, scale, cols) }]
      : []),
    ...g.projects.map((p, i) => ({ project: p, row: projectRow(p, i % 2 === 1, scale, cols) })),
  ]);
}

/** The groups, slide by slide: 省级 and larger prefectures alone, small neighbours together while they fit. */
export function packRegions(groups: readonly RegionGroup[]): RegionGroup[][] {
  const cols = narrowColumns(NARROW_W);
  const packs: RegionGroup[][] = [];
  let open: RegionGroup[] = [];
  const close = () => {
    if (open.length > 0) packs.push(open);
    open = [];
  };
  for (const group of groups) {
    if (group.focus === PROVINCE_FOCUS || group.projects.length > SHARED_UP_TO) {
      close();
      packs.push([group]);
      continue;
    }
    const joined = [...open, group];
    if (joined.length > MAX_SHARED || sum(linesOf(joined, 1, cols), 1) > TABLE_ROOM) close();
    open.push(group);
  }
  close();
  return packs;
}

/** Splits lines into slides' worth, each under the header row. */
function paginate(lines: readonly Line[], scale: number): Line[][] {
  const pages: Line[][] = [];
  let current: Line[] = [];
  let used = headHeight(scale);
  for (const line of lines) {
    // A row taller than a whole slide still gets a slide of its own (none in the data comes close).
    if (current.length > 0 && used + line.row.h > TABLE_ROOM) {
      pages.push(current);
      current = [];
      used = headHeight(scale);
    }
    current.push(line);
    used += line.row.h;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** The province with these prefectures highlighted, at the table's right, and what its colour means. */
function locator(groups: readonly RegionGroup[]): DeckElement[] {
  const x = MARGIN_X + NARROW_W + LOCATOR.gap;
  const lines = wholeNameLines(
    '红色：',
    groups.map((g) => g.name),
    '、',
    LOCATOR_CAPTION_SIZE,
    LOCATOR.w,
  );
  const captionH = linesHeight(lines.length, LOCATOR_CAPTION_SIZE);
  return [
    {
      kind: 'image',
      box: { x, y: CONTENT_TOP, w: LOCATOR.w, h: LOCATOR.h },
      slot: locatorSlot(groups.map((g) => g.focus)),
      altText: `位置示意图：河南省内的${groups.map((g) => g.name).join('、')}`,
    },
    {
      kind: 'text',
      box: { x, y: CONTENT_TOP + LOCATOR.h + 0.1, w: LOCATOR.w, h: captionH },
      runs: lines.map((line, i) => ({ text: line, breakAfter: i < lines.length - 1 })),
      fontSize: LOCATOR_CAPTION_SIZE,
      colour: COLOURS.muted,
      align: 'center',
    },
  ];
}

/**
 * One slide's groups at the largest type scale that fits, or else (one large group) split over as many slides
 * as its rows need at the base size, each with the header row again.
 */
function packPages(groups: readonly RegionGroup[]): ProjectPage[] {
  const province = groups[0]!.focus === PROVINCE_FOCUS;
  const cols = province ? PROJECT_COLUMNS : narrowColumns(NARROW_W);
  const width = cols.reduce((w, c) => w + c.w, 0);
  const projects = groups.flatMap((g) => g.projects);
  const hasFigures = projects.some((p) => p.highlights.length > 0);
  const tilesAt = (scale: number) =>
    keyFigureTiles(projects, CONTENT_TOP + sum(linesOf(groups, scale, cols), scale), CONTENT_BOTTOM, width);
  const fitting = TYPE_SCALES.filter((s) => sum(linesOf(groups, s, cols), s) <= TABLE_ROOM);
  // The largest type that leaves room for the key figures too; else the largest that fits; else paged.
  const scale =
    fitting.find((s) => !hasFigures || tilesAt(s).length > 0) ?? fitting[0] ?? TYPE_SCALES.at(-1)!;
  const pages = paginate(linesOf(groups, scale, cols), scale);
  const extras = [...(pages.length === 1 ? tilesAt(scale) : []), ...(province ? [] : locator(groups))];
  const count = projects.length;
  const name = groups.map((g) => g.name).join('、');
  return pages.map((page, i) => {
    const listed = page.flatMap((l) => (l.project ? [l.project] : []));
    return {
      extras,
      key: `projects:${groups.map((g) => g.focus).join('+')}${pages.length > 1 ? `:${i + 1}` : ''}`,
      title: `${name} · ${count} 项${pages.length > 1 ? `（${i + 1}/${pages.length}）` : ''}`,
      projects: listed,
      projectIds: listed.map((p) => p.id),
      table: {
        kind: 'table',
        x: MARGIN_X,
        y: CONTENT_TOP,
        colW: cols.map((c) => c.w),
        rows: [headerRow(scale, cols), ...page.map((l) => l.row)],
        borderColour: COLOURS.line,
      },
    };
  });
}

/** The slides of the projects, region by region (the order of groupByRegion). */
export function projectPages(groups: readonly RegionGroup[]): ProjectPage[] {
  return packRegions(groups).flatMap(packPages);
}
