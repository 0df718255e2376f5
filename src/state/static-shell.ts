// The first screen as HTML made at build time (scripts/prerender-plugin.ts renders src/app/prerender.tsx): the
// page paints it before any script has run, and the app takes it over in place. Two sides of one contract: while
// prerendering, components render their static forms; in the browser, what the shell left for the app to adopt.
import type { ReactNode } from 'react';
import type { Project } from '../data';

/** Draws the static map of the given projects (build time: src/app/prerender.tsx supplies it). */
export type StaticMapRenderer = (matching: readonly Project[]) => ReactNode;

let renderStaticMap: StaticMapRenderer | null = null;

/**
 * Build time only: components render the first screen's static forms from now on (the map panel draws the map
 * with `render`, which the browser's bundle never contains).
 */
export function startPrerendering(render: StaticMapRenderer): void {
  renderStaticMap = render;
}

/** While prerendering: what draws the static map; otherwise null. */
export function prerenderingMap(): StaticMapRenderer | null {
  return renderStaticMap;
}

/** Wraps the prerendered markup in #root; the boot script marks <html> when the link asks for another view. */
export const STATIC_SHELL = 'static-shell';
export const BOOT_ATTRIBUTE = 'data-boot';
/** Holds the static map in the map's frame, in the shell and after the app has adopted it. */
export const STATIC_MAP_SLOT = 'map-static-slot';

let staticMap: string | null = null;

/**
 * Touch-first devices (phones, tablets): no hover, so nothing the chart adds over the static map (tooltips) is
 * missed until the map is touched, and the chart, the first screen's biggest piece of work, is made only then.
 */
const TOUCH_FIRST = '(hover: none) and (pointer: coarse)'; // map.css lets taps reach the static map there
let chartDeferred = false;

/**
 * Before the first render: the prerendered shell, when it shows the view the app is about to render (the default
 * view; the boot script marks links with another one, whose shell shows only the page's frame), for the app to
 * hydrate; else null, and the app renders anew. The static map's markup stays in the map's frame until the chart
 * has drawn.
 */
export function adoptStaticShell(root: HTMLElement): HTMLElement | null {
  const shell = root.querySelector<HTMLElement>(`.${STATIC_SHELL}`);
  const adopted = shell !== null && !document.documentElement.hasAttribute(BOOT_ATTRIBUTE) ? shell : null;
  staticMap = adopted?.querySelector(`.${STATIC_MAP_SLOT}`)?.innerHTML ?? null;
  chartDeferred = staticMap !== null && typeof matchMedia === 'function' && matchMedia(TOUCH_FIRST).matches;
  return adopted;
}

/** The static map's markup, until the chart has drawn its first frame (then null for good). */
export const staticMapMarkup = (): string | null => staticMap;

/**
 * Whether the map chart waits for the map to be touched (or for another view, an export) while the adopted static
 * map stands: on a touch-first device whose page had the prerendered first screen.
 */
export const mapChartDeferred = (): boolean => chartDeferred;

/** The chart has drawn: the static map is not shown again (a later remount starts from the chart). */
export function retireStaticMap(): void {
  staticMap = null;
}
