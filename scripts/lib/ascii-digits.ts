/** Full-width digits (０-９, as in "３．" or "11月１日") turned into ASCII ones; everything else kept. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}
