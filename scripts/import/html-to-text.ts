// A saved web page as the lines a reader sees: one line per block, page furniture left out.
import { JSDOM } from 'jsdom';

// Elements whose text is not the notice: code, styling and the site's navigation around the article.
const SKIPPED = new Set([
  'HEAD',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'IFRAME',
]);
// Elements that start a new line where the browser would.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The page body's text, a line per block and per <br>, with whitespace collapsed as the browser shows it. */
export function htmlToText(html: string): string {
  const { document, Node } = new JSDOM(html).window;
  const out: string[] = [];
  const walk = (node: ChildNode) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Source line breaks and runs of spaces render as one space; a no-break space copies as a space.
      out.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ').replace(/\u00a0/g, ' '));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      if (SKIPPED.has(tag)) return;
      if (tag === 'BR') return void out.push('\n');
      const block = BLOCKS.has(tag);
      if (block) out.push('\n');
      node.childNodes.forEach(walk);
      if (block) out.push('\n');
    }
  };
  document.body.childNodes.forEach(walk);
  return out.join('');
}
