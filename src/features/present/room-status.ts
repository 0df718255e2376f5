import { yearListLabel } from '../../state/scene';
import type { MissingPart, Scene } from '../../state/scene';
import type { Theme } from '../../state/theme-storage';
import { sameRoom } from './presenter-link';
import type { RoomState, ScreenStatus } from './presenter-link';

// What the screens of a room show, as the console says it beside 已连接: a screen reports its year, its stop and
// what its scene lacks (a year's list, a county map), and the console names whatever is not as it shows it.

/** What a scene lacks, in words: its year's list, a year chosen and still coming, the map's county map. */
export function missingParts(scene: Scene): MissingPart[] {
  if (scene.status !== 'ready') return [{ what: scene.what, status: scene.status }];
  const pending = scene.pendingYear;
  return [
    ...(pending ? [{ what: yearListLabel(pending.year), status: pending.status }] : []),
    ...(scene.map.missing ? [scene.map.missing] : []),
  ];
}

/** A screen's report to the room: the room it holds, and what its scene shows at its stop. */
export function screenStatus(
  scene: Scene,
  shown: { room: RoomState; following: boolean; stepKey: string | null; theme: Theme },
): ScreenStatus {
  return { ...shown, year: scene.year, missing: missingParts(scene) };
}

/** The colours the room's screens show, for the console's pictures: the first screen's, else presentation's. */
export function roomTheme(screens: readonly (ScreenStatus | null)[]): Theme {
  return screens.find((status) => status !== null)?.theme ?? 'dark';
}

/** Whether two reports say the same (a screen repeats its report with every heartbeat). */
export function sameStatus(a: ScreenStatus, b: ScreenStatus): boolean {
  return (
    a.year === b.year &&
    a.stepKey === b.stepKey &&
    a.following === b.following &&
    a.theme === b.theme &&
    sameRoom(a.room, b.room) &&
    a.missing.length === b.missing.length &&
    a.missing.every((part, i) => part.what === b.missing[i]?.what && part.status === b.missing[i]?.status)
  );
}

/** 「南阳市县区地图加载失败」. */
export const missingWords = (part: MissingPart) =>
  `${part.what}${part.status === 'failed' ? '加载失败' : '加载中'}`;

/** What one screen shows that is not what the console shows, in words (none when all is well). */
function screenTroubles(status: ScreenStatus, consoleYear: number): string[] {
  const words = status.missing.map(missingWords);
  // A screen on its way to the console's year already says so (「2030年度名单加载中」).
  const coming = status.missing.some((part) => part.what === yearListLabel(consoleYear));
  if (status.year !== consoleYear && !coming) words.push(`仍显示${status.year}年度`);
  return words;
}

/**
 * What the screens show that is not what the console shows, in words, each said once however many screens it
 * is true of (none when all is well). A screen that has not reported yet (it just said hello) says nothing.
 */
export function roomTroubles(screens: readonly (ScreenStatus | null)[], consoleYear: number): string[] {
  return [...new Set(screens.flatMap((status) => (status ? screenTroubles(status, consoleYear) : [])))];
}

/**
 * The console's connection line: 未连接; 已连接 (with the count of screens past one) while every screen shows what
 * the console shows; else the troubles beside it, e.g. 「已连接 · 放映窗口：南阳市县区地图加载失败」. Never plain
 * 已连接 while a screen shows another year (roomTroubles names it).
 */
export function connectionLine(screens: number, troubles: readonly string[]): string {
  if (screens === 0) return '未连接';
  const connected = `已连接${screens > 1 ? `（${screens} 个放映窗口）` : ''}`;
  return troubles.length > 0 ? `${connected} · 放映窗口：${troubles.join('；')}` : connected;
}
