import { echarts } from './echarts';

/**
 * Escapes text for HTML. Every string from the data that reaches an ECharts tooltip (which sets innerHTML)
 * goes through here.
 */
export function escapeHtml(text: string | number): string {
  return echarts.format.encodeHTML(String(text));
}
