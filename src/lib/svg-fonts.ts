/**
 * ECharts writes a font stack into double-quoted style attributes as is, so quoted family names
 * (`font-family:"PingFang SC", …`) end the attribute early and the document does not parse. Single quotes are
 * the same CSS and valid XML. (The exported SVG images and the console's stop pictures both need this.)
 */
export function quoteFontFamilies(svg: string): string {
  return svg.replace(/font-family:[^;>]*/gu, (declaration) => declaration.replace(/"/gu, "'"));
}
