/** One project as printed in the notice: layout artefacts removed, wording untouched. */
export interface AnnouncedProject {
  readonly id: number;
  readonly title: string;
  readonly unit: string;
  readonly summary: string;
}

const UNIT_PREFIX = '申报单位：';
const SUMMARY_PREFIX = '简介材料：';

// Only whitespace at a line's ends is layout (the notice indents with U+3000 and leaves trailing
// spaces); spaces inside a line separate phrases of a title and are part of the wording.
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

// "12.title" on one line. The full-width dot is accepted because the same notices mix both.
const HEADER = /^(\d+)\s*[.．](.*)$/;

interface Draft {
  id: number;
  title: string;
  unit: string | null;
  summary: string | null;
}

/**
 * Parse the 2022 notice into its numbered projects, in the notice's order.
 * Headers are only recognised for the next expected number, so digits that happen to start a
 * line inside the preamble or a summary cannot open a bogus project.
 */
export function parseAnnouncement(text: string): AnnouncedProject[] {
  const lines = text.split(/\r\n?|\n/).map((line) => line.replace(EDGE_SPACE, ''));
  const drafts: Draft[] = [];
  let current: Draft | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;

    const header = matchHeader(lines, i, (current?.id ?? 0) + 1);
    if (header) {
      current = { id: header.id, title: header.title, unit: null, summary: null };
      drafts.push(current);
      i = header.lastLine;
    } else if (current) {
      appendLine(current, line);
    }
  }
  return drafts.map(finish);
}

interface Header {
  id: number;
  title: string;
  /** Index of the last line the header used, so the caller can skip past it. */
  lastLine: number;
}

function matchHeader(lines: readonly string[], i: number, expected: number): Header | null {
  const line = lines[i] ?? '';
  const inline = HEADER.exec(line);
  if (inline && Number(inline[1]) === expected) {
    return { id: expected, title: inline[2]?.replace(EDGE_SPACE, '') ?? '', lastLine: i };
  }
  // The notice sometimes breaks "2\n.title": the number alone, the dot opening the next line.
  if (line === String(expected)) {
    const next = nextNonEmpty(lines, i + 1);
    const nextLine = lines[next] ?? '';
    if (nextLine.startsWith('.') || nextLine.startsWith('．')) {
      return { id: expected, title: nextLine.slice(1).replace(EDGE_SPACE, ''), lastLine: next };
    }
  }
  return null;
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  return i;
}

// Lines are joined without a separator: they are wrapped Chinese prose, where a break carries
// no space.
function appendLine(draft: Draft, line: string): void {
  if (draft.unit === null) {
    if (line.startsWith(UNIT_PREFIX)) draft.unit = line.slice(UNIT_PREFIX.length);
    else draft.title += line;
  } else if (draft.summary === null) {
    if (line.startsWith(SUMMARY_PREFIX)) draft.summary = line.slice(SUMMARY_PREFIX.length);
    else draft.unit += line;
  } else {
    draft.summary += line;
  }
}

function finish(draft: Draft): AnnouncedProject {
  const title = draft.title.replace(EDGE_SPACE, '');
  const unit = draft.unit?.replace(EDGE_SPACE, '') ?? '';
  const summary = draft.summary?.replace(EDGE_SPACE, '') ?? '';
  if (!title || !unit || !summary) {
    throw new Error(
      `project ${draft.id}: missing ${!title ? 'title' : !unit ? UNIT_PREFIX : SUMMARY_PREFIX}`,
    );
  }
  return { id: draft.id, title, unit, summary };
}
