// Summaries are quoted verbatim and cut only between sentences: by the presenter console's talking points and by
// the deck's speaker notes.

/** A sentence ends at 。！？ (or their ASCII twins), with any closing quotes or brackets right after it. */
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)》]*|$)/gu;
const ENDED = /[。！？!?][”’」』）)》]*$/u;

/** The text's sentences, in order; a tail without a full stop counts as one. */
export function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s !== '');
}

/** Whether a piece of `sentences` ends with a full stop (the tail may not). */
export const endsSentence = (sentence: string): boolean => ENDED.test(sentence);
