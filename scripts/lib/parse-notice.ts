import { asciiDigits } from './ascii-digits';

/** One project as printed in the notice: layout artefacts removed, wording untouched. */
export interface NoticeProject {
  readonly id: number;
  readonly title: string;
  readonly unit: string;
  readonly summary: string;
}

/** A project with the 1-based lines it came from, so an importer's error can point at the text. */
export interface NoticeEntry extends NoticeProject {
  readonly titleLine: number;
  readonly unitLine: number;
}

// Notices use the full-width colon, but a retyped or converted copy may carry the ASCII one.
const UNIT_LABEL = /^申报单位\s*[：:]/;
const SUMMARY_LABEL = /^简介材料\s*[：:]/;

// Only whitespace at a line's ends is layout (the notice indents with U+3000 and leaves trailing
// spaces); spaces inside a line separate phrases of a title and are part of the wording.
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

// "12.title" on one line, its digits ASCII or full-width ("３．"), the dot too: the same notices mix both.
// "13、title" is the other way Chinese documents number; a summary's own list ("1、…2、…") is numbered the same
// way, so a 、 opens a project only when a 申报单位 label follows its title.
const HEADER = /^([0-9０-９]+)\s*([.．、])(.*)$/;
const ENUMERATION_MARK = '、';
// A line that looks numbered in a way the parser does not read: "十三、", "（13）", "13，", "13 ".
const NUMERAL = '(?:[0-9０-９]+|[一二三四五六七八九十百]+)';
const OTHER_NUMBERING = new RegExp(`^(?:[（(]${NUMERAL}[)）]|${NUMERAL}\\s*[、，,：:.．\\s])`);
const NUMBER_ALONE = /^[0-9０-９]+$/;
const DOT = /^[.．]/;

// A wrapped title runs over a few lines at most; further than that, a unit label belongs to something else.
const TITLE_LINES = 3;

interface Draft {
  id: number;
  title: string;
  titleLine: number;
  unit: string | null;
  unitLine: number;
  summary: string | null;
}

/**
 * Parse the notice into its numbered projects, in the notice's order.
 * Headers are only recognised for the next expected number, so digits that happen to start a
 * line inside the preamble or a summary cannot open a bogus project. A numbered line that is followed
 * by a unit label but carries another number is a gap (or a repeat) in the numbering, and is an error.
 */
export function parseNotice(text: string): NoticeProject[] {
  return parseNoticeEntries(text).map(({ id, title, unit, summary }) => ({ id, title, unit, summary }));
}

/** Like parseNotice, with line numbers; throws an Error (in Chinese, for the clerk) starting "第 N 行". */
export function parseNoticeEntries(text: string): NoticeEntry[] {
  const lines = noticeLines(text);
  const drafts: Draft[] = [];
  let current: Draft | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;

    const expected: number = (current?.id ?? 0) + 1;
    const header = matchHeader(lines, i);
    if (header && header.id === expected) {
      current = {
        id: expected,
        title: header.title,
        titleLine: i + 1,
        unit: null,
        unitLine: 0,
        summary: null,
      };
      drafts.push(current);
      i = header.lastLine;
    } else if (header && labelFollows(lines, header.lastLine + 1)) {
      throw new Error(
        `第 ${i + 1} 行：这里应是第 ${expected} 项，编号却是 ${header.id}（“${line}”）；请检查编号是否跳号或重复`,
      );
    } else if (UNIT_LABEL.test(line) && current?.unit !== null) {
      throw new Error(missingTitle(lines, i, expected));
    } else if (current) {
      appendLine(current, line, i + 1);
    }
  }
  return drafts.map(finish);
}

/** The notice's lines with the layout whitespace at their ends removed; index i is line i + 1. */
export function noticeLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => line.replace(EDGE_SPACE, ''));
}

interface Header {
  id: number;
  title: string;
  /** Index of the last line the header used, so the caller can skip past it. */
  lastLine: number;
}

function matchHeader(lines: readonly string[], i: number): Header | null {
  const line = lines[i] ?? '';
  const inline = HEADER.exec(line);
  if (inline && (inline[2] !== ENUMERATION_MARK || labelFollows(lines, i + 1))) {
    return { id: toNumber(inline[1] ?? ''), title: inline[3]?.replace(EDGE_SPACE, '') ?? '', lastLine: i };
  }
  // The notice sometimes breaks "2\n.title": the number alone, the dot opening the next line.
  if (NUMBER_ALONE.test(line)) {
    const next = nextNonEmpty(lines, i + 1);
    const nextLine = lines[next] ?? '';
    if (DOT.test(nextLine)) {
      return { id: toNumber(line), title: nextLine.slice(1).replace(EDGE_SPACE, ''), lastLine: next };
    }
  }
  return null;
}

// A 申报单位 label with no numbered title of its own: name the title line when it is numbered another way.
function missingTitle(lines: readonly string[], unitIndex: number, expected: number): string {
  let title = unitIndex - 1;
  while (title >= 0 && lines[title] === '') title--;
  const line = lines[title] ?? '';
  const wanted = `请改为「${expected}.标题」的写法`;
  if (title >= 0 && OTHER_NUMBERING.test(line) && !SUMMARY_LABEL.test(line)) {
    return `第 ${title + 1} 行：第 ${expected} 项的标题编号写法无法识别（“${line}”），${wanted}`;
  }
  return `第 ${unitIndex + 1} 行：申报单位前面没有第 ${expected} 项的编号标题（上一行是“${line}”），${wanted}`;
}

function toNumber(digits: string): number {
  return Number(asciiDigits(digits));
}

// Whether a numbered line really opens a project: its (possibly wrapped) title is followed by a unit label.
function labelFollows(lines: readonly string[], from: number): boolean {
  for (let i = nextNonEmpty(lines, from), seen = 0; i < lines.length && seen < TITLE_LINES; seen++) {
    const line = lines[i] ?? '';
    if (UNIT_LABEL.test(line)) return true;
    if (SUMMARY_LABEL.test(line) || HEADER.test(line)) return false;
    i = nextNonEmpty(lines, i + 1);
  }
  return false;
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  return i;
}

// Lines are joined without a separator: they are wrapped Chinese prose, where a break carries
// no space.
function appendLine(draft: Draft, line: string, lineNumber: number): void {
  if (draft.unit === null) {
    const label = UNIT_LABEL.exec(line);
    if (label) {
      draft.unit = line.slice(label[0].length);
      draft.unitLine = lineNumber;
    } else draft.title += line;
  } else if (draft.summary === null) {
    const label = SUMMARY_LABEL.exec(line);
    if (label) draft.summary = line.slice(label[0].length);
    else draft.unit += line;
  } else {
    draft.summary += line;
  }
}

function finish(draft: Draft): NoticeEntry {
  const title = draft.title.replace(EDGE_SPACE, '');
  const unit = draft.unit?.replace(EDGE_SPACE, '') ?? '';
  const summary = draft.summary?.replace(EDGE_SPACE, '') ?? '';
  if (!title || !unit || !summary) {
    const missing = !title ? '标题' : !unit ? '申报单位' : '简介材料';
    throw new Error(`第 ${draft.titleLine} 行：第 ${draft.id} 项缺少${missing}`);
  }
  return { id: draft.id, title, unit, summary, titleLine: draft.titleLine, unitLine: draft.unitLine };
}
