// Cutting Chinese text only between words, so a label or a quotation never ends in half a word
// ("建议和监督问题清"). Words come from ICU's dictionary segmenter, which Node ships (full-icu).
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function words(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** The longest run of whole words opening `text` within `max` characters (the first word whole if longer). */
export function leadingWords(text: string, max: number): string {
  return fit(words(text), max).join('');
}

/** The longest run of whole words closing `text` within `max` characters (the last word whole if longer). */
export function trailingWords(text: string, max: number): string {
  return fit(words(text).reverse(), max).reverse().join('');
}

/** `start` and `end` moved outwards to the nearest word boundaries of `text`. */
export function widenToWords(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index <= start) from = index;
    const after = index + segment.length;
    if (after >= end) {
      to = after;
      break;
    }
  }
  return [from, to];
}

function fit(list: readonly string[], max: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const word of list) {
    if (kept.length && length + word.length > max) break;
    kept.push(word);
    length += word.length;
  }
  return kept;
}
