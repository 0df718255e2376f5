// The first screen as HTML made at build time (scripts/prerender-plugin.ts renders src/app/prerender.tsx): the
// page paints it before any script has run, and the app takes it over in place. Two sides of one contract: while
// prerendering, components render their static forms; in the browser, what the shell left for the app to adopt.
import { createContext } from 'react';
import type { ReactNode } from 'react';
import type { Project } from '../data';

/** Draws the static map of the given projects (build time: src/app/prerender.tsx supplies it). */
export type StaticMapRenderer = (matching: readonly Project[]) => ReactNode;

/**
 * Build time only: what draws the static map (the map panel renders it while prerendering); null in the browser,
 * whose bundle never contains the renderer.
 */
export const StaticMapRendererContext = createContext<StaticMapRenderer | null>(null);

/** Wraps the prerendered markup in #root; the boot script marks <html> when the link asks for another view. */
export const STATIC_SHELL = 'static-shell';
export const BOOT_ATTRIBUTE = 'data-boot';
/** Holds the static map in the map's frame, in the shell and after the app has adopted it. */
export const STATIC_MAP_SLOT = 'map-static-slot';

/**
 * Touch-first devices (phones, tablets): no hover, so nothing the chart adds over the static map (tooltips) is
 * missed until the map is touched, and the chart, the first screen's biggest piece of work, is made only then.
 */
const TOUCH_FIRST = '(hover: none) and (pointer: coarse)'; // map.css lets taps reach the static map there

/** What the app takes over from the page's prerendered first screen, besides the shell's elements. */
export interface ShellMap {
  /** The static map's markup, which stays in the map's frame until the chart has drawn; null without a shell. */
  readonly staticMap: string | null;
  /**
   * Whether the map chart waits for the map to be touched (or for another view) while the static map stands:
   * on a touch-first device whose page had the prerendered first screen.
   */
  readonly chartDeferred: boolean;
}

/** What the page's shell left: provided by main.tsx above the app (a value, so hydration sees it as the build did). */
export const ShellMapContext = createContext<ShellMap>({ staticMap: null, chartDeferred: false });

/** The shell to hydrate, when it shows the view the app is about to render; else null (render anew). */
export interface AdoptedShell extends ShellMap {
  readonly shell: HTMLElement | null;
}

/**
 * Before the first render: the prerendered shell, when it shows the view the app is about to render (the default
 * view; the boot script marks links with another one, whose shell shows only the page's frame), for the app to
 * hydrate; else null, and the app renders anew. The static map stands until the chart draws (the store's
 * staticMapRetired).
 */
export function adoptStaticShell(root: HTMLElement): AdoptedShell {
  const found = root.querySelector<HTMLElement>(`.${STATIC_SHELL}`);
  const shell = found !== null && !document.documentElement.hasAttribute(BOOT_ATTRIBUTE) ? found : null;
  const staticMap = shell?.querySelector(`.${STATIC_MAP_SLOT}`)?.innerHTML ?? null;
  const chartDeferred =
    staticMap !== null && typeof matchMedia === 'function' && matchMedia(TOUCH_FIRST).matches;
  return { shell, staticMap, chartDeferred };
}
