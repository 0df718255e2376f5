// The notice's text from a file as it was saved: plain text, a web page or a Word document.
import mammoth from 'mammoth';
import { htmlToText } from './html-to-text';

/** The file types the importer reads. */
export const NOTICE_TYPES = ['.txt', '.html', '.htm', '.docx'] as const;

/** The notice's text, lines as a reader sees them; throws for a file type it does not read. */
export async function noticeText(fileName: string, bytes: Uint8Array): Promise<string> {
  const type = NOTICE_TYPES.find((t) => fileName.toLowerCase().endsWith(t));
  switch (type) {
    case '.docx':
      // Raw text: one paragraph a line (mammoth separates them by a blank line), no formatting.
      return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    case '.html':
    case '.htm':
      return htmlToText(decode(bytes, declaredCharset(bytes)));
    case '.txt':
      return decode(bytes);
    default:
      throw new Error(`${fileName}: not a notice file (${NOTICE_TYPES.join(', ')})`);
  }
}

// Government sites still serve GB2312/GBK pages; the <meta> says which, in its ASCII bytes.
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}

// UTF-8 unless declared otherwise; a text file that is not valid UTF-8 was saved as GB18030 (GBK's superset).
function decode(bytes: Uint8Array, charset = 'utf-8'): string {
  const utf8 = /^utf-?8$/i.test(charset);
  try {
    return new TextDecoder(utf8 ? 'utf-8' : charset, { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
