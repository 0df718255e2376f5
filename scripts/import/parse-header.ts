import { asciiDigits } from '../lib/ascii-digits';

// The notice's header: its title, and the signature (publisher over date) that closes the covering text.

/** The `source` block of a list file, read from the notice's header. */
export interface NoticeSource {
  readonly title: string;
  readonly publisher: string;
  /** ISO date of the signature, e.g. 2022-12-23. */
  readonly date: string;
  readonly year: number;
}

const TITLE_START = /^关于/;
// What a notice calls itself at the end of its title.
const TITLE_END = /(公示|公告|通知|通报|决定|名单)$/;
const TITLE_LINES = 3;
const SIGNATURE_DATE =
  /^([0-9０-９〇零一二三四五六七八九]{4})年([0-9０-９十一二三四五六七八九]{1,3})月([0-9０-９十一二三四五六七八九]{1,3})日$/;
const WORK_YEAR = /([0-9０-９]{4})年度/;
// A signature names a body; a longer line, or one with a full stop, is prose.
const PUBLISHER_MAX = 40;

/**
 * Read the header from the lines before the first project (already trimmed of layout whitespace).
 * `firstLine` is the 1-based number of lines[0], so errors can name the line.
 */
export function parseNoticeHeader(lines: readonly string[], firstLine = 1): NoticeSource {
  const at = (i: number) => `第 ${i + firstLine} 行`;
  const nonEmpty = lines.flatMap((text, i) => (text ? [{ text, i }] : []));

  const start = nonEmpty.findIndex((l) => TITLE_START.test(l.text));
  if (start < 0) throw new Error(`${at(0)}：第一项之前没有公示标题（以「关于」开头的一行）`);
  const titleParts = nonEmpty.slice(start, start + TITLE_LINES);
  const end = titleParts.findIndex((l) => TITLE_END.test(l.text));
  if (end < 0) {
    throw new Error(
      `${at(nonEmpty[start]!.i)}：标题在 ${TITLE_LINES} 行之内没有以「公示」「公告」或「通知」结尾`,
    );
  }
  // A title broken over lines is one phrase: the break carries no space.
  const title = titleParts
    .slice(0, end + 1)
    .map((l) => l.text)
    .join('');

  const dateAt = nonEmpty.findLastIndex((l) => SIGNATURE_DATE.test(l.text));
  if (dateAt < 0) throw new Error(`${at(0)}：第一项之前没有落款日期（形如「2022年12月23日」的一行）`);
  const dateLine = nonEmpty[dateAt]!;
  // The signature closes the covering text, so the publisher comes after the title.
  const publisher = dateAt - 1 > start + end ? nonEmpty[dateAt - 1] : undefined;
  if (!publisher || publisher.text.length > PUBLISHER_MAX || /[。，]/.test(publisher.text)) {
    throw new Error(`${at(dateLine.i)}：落款日期的上一行不是发布单位`);
  }
  const date = isoDate(dateLine.text);

  const workYear = lines.map((l) => WORK_YEAR.exec(l)?.[1]).find(Boolean);
  // The list is the year the work was done in ("2022年度"), which the schema checks against the date.
  const year = workYear ? Number(asciiDigits(workYear)) : Number(date.slice(0, 4));
  return { title, publisher: publisher.text, date, year };
}

function isoDate(line: string): string {
  const [, y = '', m = '', d = ''] = SIGNATURE_DATE.exec(line) ?? [];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${chineseNumber(y)}-${pad(Number(chineseNumber(m)))}-${pad(Number(chineseNumber(d)))}`;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

// "二〇二二" → "2022", "十二" → "12", "二十三" → "23"; ASCII and full-width digits pass through.
function chineseNumber(text: string): string {
  const digits = asciiDigits(text).replace(/[〇零一二三四五六七八九]/g, (c) =>
    String(c === '零' ? 0 : CHINESE_DIGITS.indexOf(c)),
  );
  if (!digits.includes('十')) return digits;
  const [tens = '', ones = ''] = digits.split('十');
  return String((tens ? Number(tens) : 1) * 10 + (ones ? Number(ones) : 0));
}
