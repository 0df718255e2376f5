// The notice saved three ways: the importer must see the same lines in each.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../draft-list';
import { noticeText } from '../notice-text';
import { HEADER_LINES } from './notice-fixture';

const PARAGRAPHS = [
  ...HEADER_LINES.filter(Boolean),
  '1.开展“小切口”立法 实现新突破',
  '申报单位：郑州市中原区人大常委会',
  '简介材料：制定条例1部，征求意见263条。',
];

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A minimal Word document, one paragraph per entry, as Word would zip it. */
async function docx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const expected = {
  title: '开展“小切口”立法 实现新突破',
  unit: '郑州市中原区人大常委会',
  summary: '制定条例1部，征求意见263条。',
  level: 'county',
  prefecture: '410100',
  county: '410102',
};

describe('noticeText', () => {
  it('reads a .docx through mammoth', async () => {
    const text = await noticeText('notice.docx', await docx(PARAGRAPHS));
    const { dataset } = importNotice(text);
    expect(dataset.source.title).toBe('关于河南省人大系统“出彩工作”评选结果的公示');
    expect(dataset.projects[0]).toMatchObject(expected);
  });

  it('reads a saved .html page: a line per block and <br>, entities decoded, page furniture left out', async () => {
    const [title1, title2, ...rest] = PARAGRAPHS;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>关于…的公示 - 河南人大网</title>
      <style>p { margin: 0 }</style></head><body>
      <nav>首页 &gt; 通知公告</nav><header>河南人大网</header>
      <div class="article"><h1>${title1}<br>${title2}</h1>
      ${rest.map((line) => `<p>${xmlEscape(line).replace('“小切口”', '&ldquo;小切口&rdquo;').replace(' ', '&nbsp;')}</p>`).join('\n')}
      <script>var views = 1;</script></div>
      <footer>版权所有 1.网站地图</footer></body></html>`;
    const text = await noticeText('notice.html', new TextEncoder().encode(html));
    expect(text).not.toMatch(/首页|河南人大网|views|版权所有/);
    expect(importNotice(text).dataset.projects).toEqual([expect.objectContaining(expected)]);
  });

  it('reads a page whose text sits in one <pre>, as LibreOffice converts a .txt, like the .txt', async () => {
    // The head of `soffice --headless --convert-to html data/source/notice-2022.txt`: projects 1 and 2.
    const html = readFileSync(new URL('fixtures/libreoffice-pre.html', import.meta.url));
    const fromHtml = importNotice(await noticeText('notice.html', html)).dataset;
    const fromText = importNotice(readFileSync('data/source/notice-2022.txt', 'utf8')).dataset;
    expect(fromHtml.source).toEqual(fromText.source);
    expect(fromHtml.projects).toEqual(fromText.projects.slice(0, 2));
  });

  it('keeps the line breaks and spaces of a <pre>, and collapses them elsewhere', async () => {
    const html = '<body><p>甲\n  乙</p><pre><b>1.丙</b>\n申报单位：丁\n　戊</pre></body>';
    expect(await noticeText('notice.html', new TextEncoder().encode(html))).toBe(
      '\n甲 乙\n\n1.丙\n申报单位：丁\n　戊\n',
    );
  });

  it('decodes a page saved in GBK, as its <meta> declares', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>申报单位</p></body></html>`;
    // GBK bytes of the page (ASCII as is, 申报单位 as two bytes a character).
    const gbk = Buffer.concat(
      html
        .split('申报单位')
        .flatMap((part, i) =>
          i
            ? [Buffer.from([0xc9, 0xea, 0xb1, 0xa8, 0xb5, 0xa5, 0xce, 0xbb]), Buffer.from(part)]
            : [Buffer.from(part)],
        ),
    );
    expect((await noticeText('notice.htm', gbk)).trim()).toBe('申报单位');
  });

  it('reads a text file as UTF-8, or as GB18030 when it is not UTF-8', async () => {
    expect(await noticeText('notice.txt', new TextEncoder().encode('\ufeff申报单位'))).toBe('申报单位');
    expect(await noticeText('notice.txt', Buffer.from([0xc9, 0xea, 0xb1, 0xa8]))).toBe('申报');
  });

  it('refuses a file type it does not read', async () => {
    await expect(noticeText('notice.pdf', new Uint8Array())).rejects.toThrow('notice.pdf: not a notice file');
  });
});
