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

// Elements whose line breaks the browser keeps: LibreOffice saves a plain-text notice as one <pre>.
const PREFORMATTED = new Set(['PRE', 'TEXTAREA', 'LISTING', 'PLAINTEXT', 'XMP']);

/**
 * The page body's text, a line per block and per <br>, with whitespace collapsed as the browser shows it
 * (kept as written inside <pre>).
 */
export function htmlToText(html: string): string {
  const { document, Node } = new JSDOM(html).window;
  const out: string[] = [];
  const walk = (node: ChildNode, preformatted: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      // Outside <pre>, source line breaks and runs of spaces render as one space; a no-break space copies
      // as a space.
      out.push((preformatted ? text : text.replace(/[ \t\r\n\f]+/g, ' ')).replace(/\u00a0/g, ' '));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      if (SKIPPED.has(tag)) return;
      if (tag === 'BR') return void out.push('\n');
      const block = BLOCKS.has(tag);
      const inside = preformatted || PREFORMATTED.has(tag);
      if (block) out.push('\n');
      node.childNodes.forEach((child) => walk(child, inside));
      if (block) out.push('\n');
    }
  };
  document.body.childNodes.forEach((child) => walk(child, false));
  return out.join('');
}
