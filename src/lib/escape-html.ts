const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML: the five characters ECharts' own format.encodeHTML escapes, without loading ECharts (the
 * map's tooltip text is built in the entry). Every string from the data that reaches an ECharts tooltip (which
 * sets innerHTML) goes through here.
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
