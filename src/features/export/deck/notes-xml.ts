// pptxgenjs writes a slide's notes as one run with the line breaks inside it, marked English; PowerPoint's
// presenter view shows such breaks as spaces and checks the Chinese as English. Each line becomes a paragraph
// of its own, marked Chinese.
const NOTES_RUN =
  /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/u;

const paragraph = (line: string) =>
  line === ''
    ? '<a:p><a:endParaRPr lang="zh-CN" altLang="en-US" dirty="0"/></a:p>'
    : `<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`;

/** A notes slide's XML with its notes as paragraphs, one per line; notes of one line or none stay as written. */
export function notesAsParagraphs(xml: string): string {
  const run = NOTES_RUN.exec(xml);
  if (!run || run[1] === '') return xml;
  // The text is already XML-escaped by pptxgenjs; only the line breaks change.
  const lines = run[1]!.split(/\r?\n/u);
  return `${xml.slice(0, run.index)}${lines.map(paragraph).join('')}${xml.slice(run.index + run[0].length)}`;
}
