// The locator maps a deck's regional slides ask for, drawn in the browser: each as an SVG (deck/locator-svg.ts)
// from the prefecture map, rasterised to a PNG sharp enough for a projector.
import { loadHenan } from '../../geo';
import { prefectureOutlines } from '../../geo/outline-paths';
import { MAP_LAYOUT } from '../../charts/map/map-label-scale';
import type { Deck, ImageSlot } from './deck/deck-types';
import { LOCATOR_PADDING, locatorSvg } from './deck/locator-svg';
import { PT_PER_INCH } from './deck/slide-text';

/** Device pixels per point of the locator picture: about 4 K across a full slide. */
const LOCATOR_PX_PER_PT = 4;

/** A PNG (data: URL) of an SVG document width × height points. */
async function svgPng(svg: string, width: number, height: number): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * LOCATOR_PX_PER_PT);
  canvas.height = Math.round(height * LOCATOR_PX_PER_PT);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
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
    pictures[slot] = await svgPng(locatorSvg(outlines, codes, width, height), width, height);
  }
  return pictures;
}
