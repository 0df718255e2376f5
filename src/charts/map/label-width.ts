/** Rough label width in pixels: CJK and full-width characters 1 em, others 0.6 em, plus a little padding. */
export function estimateLabelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\uffef]/u.test(ch) ? 1 : 0.6;
  return (ems + 0.4) * fontSize;
}
