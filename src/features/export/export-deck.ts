// The 导出PPT action, loaded on the first click: the slide model from the store's filters, the live map as a
// sharp picture, pptxgenjs to write the file.
import { CHARTS } from '../../charts/chart-list';
import { buildDeck, MAP_ROOM } from './deck/build-deck';
import { SLIDE_W } from './deck/slide-frame';
import { PT_PER_INCH } from './deck/slide-text';
import { locatorPictures } from './deck-locators';
import { writePptx } from './deck/write-pptx';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';
import { frameColours } from './export-images';
import { renderPng } from './render-image';
import { mapWords } from '../../charts/map/map-words';
import type { ResourceCache } from '../../lib/resource-cache';
import { LIGHT_THEME } from '../../lib/theme';
import type { ReadyScene } from '../../state/scene';
import { settledScene } from './export-scene';
import { mapPictureOption } from './map-picture-option';

/** Screen pixels per inch of a slide shown full screen (1280 × 720 for a 16:9 slide). */
const SLIDE_PX_PER_INCH = 96;
/** The map picture has at least twice the pixels of the slide shown full screen. */
const MAP_SHARPNESS = 2;
/** The map's names and legend on the slide, in points: legible from the back of a room when projected. */
const MAP_LABEL_PT = 14;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('读取图片失败'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The map of the scene (drilled, highlighted), in the light theme of the white slides even when the screen is
 * dark (presentation mode), with the words for what it draws. It is laid out for its box on the slide, one px to
 * the point, so its names and legend are MAP_LABEL_PT there, and painted at least 2 × 1280 px wide.
 */
async function mapPicture(scene: ReadyScene) {
  const frame = { width: MAP_ROOM.w * PT_PER_INCH, height: MAP_ROOM.h * PT_PER_INCH, fontSize: MAP_LABEL_PT };
  const { width, height } = frame;
  const pixelRatio = Math.max(MAP_SHARPNESS, (MAP_SHARPNESS * SLIDE_W * SLIDE_PX_PER_INCH) / width);
  const layout = { width, height, texts: [], slots: [{ name: 'map', x: 0, y: 0, width, height }] };
  const option = await mapPictureOption(scene, LIGHT_THEME, frame);
  const png = await renderPng(layout, new Map([['map', option]]), frameColours(LIGHT_THEME), pixelRatio);
  return { url: await dataUrl(png), aspect: width / height, words: mapWords(scene.map) };
}

/** Builds the briefing deck of the current view (a county map still loading is waited for) and saves it. */
export async function exportDeck(cache: ResourceCache): Promise<string> {
  const scene = await settledScene(cache);
  const { list, filters } = scene;
  const map = await mapPicture(scene);
  const date = new Date();
  const county = scene.map.countyName;
  const deck = buildDeck({
    list,
    filters,
    charts: CHARTS,
    date,
    mapAspect: map.aspect,
    mapWords: map.words,
    countyName: county,
  });
  const blob = await writePptx(deck, { ...(await locatorPictures(deck)), map: map.url });
  const fileName = exportFileName(list.year, '汇报', filters, date, 'pptx', undefined, county);
  downloadBlob(blob, fileName);
  return fileName;
}
