// The locator maps a deck's regional slides ask for, drawn in the browser: each as an SVG (deck/locator-svg.ts)
// from the prefecture map, handed to pptxgenjs as SVG (it adds a PNG copy for suites that cannot read SVG).
import { loadHenan } from '../../geo';
import { prefectureOutlines } from '../../geo/outline-paths';
import { MAP_LAYOUT } from '../../charts/map/map-label-scale';
import type { Deck, ImageSlot } from './deck/deck-types';
import { LOCATOR_PADDING, locatorSvg } from './deck/locator-svg';
import { PT_PER_INCH } from './deck/slide-text';

/**
 * An SVG document as a data: URL. pptxgenjs writes it as the picture PowerPoint draws (sharp at any size) and
 * paints a PNG of it at its own size, one pixel to the point, for office suites that read only the PNG.
 */
function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The picture of every locator slot in the deck, by slot. */
export async function locatorPictures(deck: Deck): Promise<Record<ImageSlot, string>> {
  const wanted = new Map<ImageSlot, { w: number; h: number }>();
  for (const slide of deck.slides)
    for (const el of slide.elements)
      if (el.kind === 'image' && el.slot.startsWith('locator:')) wanted.set(el.slot, el.box);
  const pictures: Record<string, string> = {};
  if (wanted.size === 0) return pictures;
  const henan = await loadHenan();
  for (const [slot, box] of wanted) {
    const width = box.w * PT_PER_INCH;
    const height = box.h * PT_PER_INCH;
    const outlines = prefectureOutlines(henan, width, height, LOCATOR_PADDING, MAP_LAYOUT.aspectScale);
    const codes = slot.slice('locator:'.length).split('+');
    pictures[slot] = svgDataUrl(locatorSvg(outlines, codes, width, height));
  }
  return pictures;
}
