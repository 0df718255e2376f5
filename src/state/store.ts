import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { Category, Level, Project, ProjectList } from '../data';
import {
  clipQuery,
  contextFilters,
  EMPTY_FILTERS,
  EMPTY_VIEW,
  PROVINCE_FOCUS,
  sameFilters,
  sameView,
} from './filters';
export { PROVINCE_FOCUS } from './filters';
import type { Filters, Mode, ViewState } from './filters';
import { localThemeStorage, memoryThemeStorage } from './theme-storage';
import type { Theme, ThemeStorage } from './theme-storage';

/** The filter group: what narrows the list. */
export interface FilterSlice extends Filters {
  toggleCategory: (category: Category) => void;
  toggleLevel: (level: Level) => void;
  /** Sets the region, or clears it with null. */
  setRegion: (code: string | null) => void;
  /** Chart clicks: selecting the selected region again clears it. */
  toggleRegion: (code: string) => void;
  /** A county of the chosen region (its projects), or null for the whole region. */
  setCounty: (code: string | null) => void;
  /** Map clicks on a county: choosing the chosen county again goes back to the whole region. */
  toggleCounty: (code: string) => void;
  setQuery: (query: string) => void;
  /** The 省级 marker: province-level projects only (they belong to no region). */
  showProvinceLevel: () => void;
  resetFilters: () => void;
  /** Takes all the filters at once (a presenter console's choice, followed by the screen). */
  applyFilters: (filters: Filters) => void;
}

/** The open project (detail panel). */
export interface SelectionSlice {
  project: number | null;
  openProject: (id: number) => void;
  closeProject: () => void;
  /** Keeps the project open and sets the filters to its context (contextFilters): one step, one Back entry. */
  showInContext: (project: Pick<Project, 'id' | 'prefecture'>) => void;
}

/** How the dashboard looks: light for the office, dark for presentation screens. */
export interface AppearanceSlice {
  theme: Theme;
  /** Sets the theme; a choice made in the office layout is remembered across reloads. */
  setTheme: (theme: Theme) => void;
}

/** Presentation: the layout, the tour's pace, and the region the tour is showing. */
export interface PresentSlice {
  mode: Mode;
  /** Seconds per tour step (URL `interval`). */
  interval: number;
  /** Prefecture code or PROVINCE_FOCUS the tour is showing; not a filter, never in the URL. */
  tourFocus: string | null;
  /** Switches layout; the theme follows (dark for presentation, light for the office). */
  setMode: (mode: Mode) => void;
  setTourFocus: (focus: string | null) => void;
  /**
   * The keyboard focus crossing between the layouts: the 演示模式 button hands it to the presentation's first
   * control, and leaving the presentation hands it back to that button. Null once taken.
   */
  focusHandOver: 'to-presentation' | 'to-office' | null;
  handOverFocus: (to: 'to-presentation' | 'to-office' | null) => void;
  /**
   * Counts the times the audience's screen dropped what a pointer left on the charts (a tooltip, a highlighted
   * shape): at every stop, and when the pointer has rested and the controls hide.
   */
  pointerCleared: number;
  clearPointer: () => void;
}

/** Whole-view replacement, used when the URL changes (load, Back/Forward), and the year. */
export interface ViewSlice {
  /** Whose list is shown (see ViewState.year); change it with switchYear. */
  year: number;
  /**
   * Another year chosen whose list is not here yet (loading, or failed): the page stays on `year` meanwhile and
   * says so; the address already names it. Null when none is pending.
   */
  pendingYear: number | null;
  /** Chooses a year: pending until its list is here (chooseYear loads it and then switches); the shown year clears it. */
  requestYear: (year: number) => void;
  setView: (view: ViewState) => void;
  /**
   * Shows another year's list, already loaded: the filters carry over where still valid (a county only if the
   * new list has a project there), the open project closes (its number means another project there).
   */
  switchYear: (list: ProjectList) => void;
}

/**
 * Whether the page is laid out for paper: from Ctrl+P once the statistics are there, or the browser's beforeprint,
 * until its afterprint. Paper copies of the charts exist only then, and the charts on screen stand still: the
 * browser captures the page right after beforeprint.
 */
export interface PrintSlice {
  printing: boolean;
  setPrinting: (printing: boolean) => void;
}

/** Which charts are on screen: each has drawn its first frame (their instances, opaque here). */
export interface ChartsSlice {
  /** By name, the instance drawn last under it (a re-mounted chart replaces its predecessor). */
  drawnCharts: ReadonlyMap<string, object>;
  chartDrawn: (name: string, chart: object) => void;
  /** A chart went; a newer chart of the same name stays. */
  chartGone: (name: string, chart: object) => void;
}

/** How the change being made is written to the browser's history. */
export interface HistorySlice {
  /**
   * The continuous edit the change being made belongs to (coalesceHistory in url-sync.ts): its changes replace
   * one history entry instead of adding one each. Null outside such a change.
   */
  historyGroup: string | null;
  setHistoryGroup: (group: string | null) => void;
}

/** The prerendered first screen's static map (ShellMapContext), which stands until the chart has drawn. */
export interface ShellSlice {
  /** The chart has drawn: the static map is not shown again (a later remount starts from the chart). */
  staticMapRetired: boolean;
  retireStaticMap: () => void;
}

export type DashboardState = FilterSlice &
  SelectionSlice &
  AppearanceSlice &
  PresentSlice &
  ViewSlice &
  ShellSlice &
  HistorySlice &
  ChartsSlice &
  PrintSlice;

/** Whether a project belongs to the tour's stop (the 省级 group or a prefecture). */
function atFocus(project: Project, focus: string | null): boolean {
  if (focus === null) return false;
  return focus === PROVINCE_FOCUS ? project.level === 'province' : project.prefecture === focus;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

const createFilterSlice: StateCreator<DashboardState, [], [], FilterSlice> = (set) => ({
  ...EMPTY_FILTERS,
  toggleCategory: (category) => set((s) => ({ categories: toggle(s.categories, category) })),
  toggleLevel: (level) => set((s) => ({ levels: toggle(s.levels, level) })),
  // A county belongs to one region: changing the region lets go of it.
  setRegion: (region) => set((s) => (s.region === region ? {} : { region, county: null })),
  toggleRegion: (code) => set((s) => ({ region: s.region === code ? null : code, county: null })),
  setCounty: (county) => set({ county }),
  toggleCounty: (code) => set((s) => ({ county: s.county === code ? null : code })),
  setQuery: (query) => set({ query: clipQuery(query) }),
  showProvinceLevel: () => set({ levels: ['province'], region: null, county: null }),
  resetFilters: () => set({ ...EMPTY_FILTERS }),
  // The same filters again (a console repeats its state with every heartbeat) change nothing, so nothing renders.
  applyFilters: (filters) => set((s) => (sameFilters(selectFilters(s), filters) ? s : { ...filters })),
});

const createSelectionSlice: StateCreator<DashboardState, [], [], SelectionSlice> = (set) => ({
  project: null,
  openProject: (id) => set({ project: id }),
  closeProject: () => set({ project: null }),
  showInContext: (project) => set({ ...contextFilters(project), project: project.id }),
});

// Presentation always starts dark (the URL's mode wins); the office layout brings back the user's last choice.
const themeFor = (mode: Mode, storage: ThemeStorage): Theme =>
  mode === 'present' ? 'dark' : (storage.load() ?? 'light');

const createAppearanceSlice =
  (storage: ThemeStorage): StateCreator<DashboardState, [], [], AppearanceSlice> =>
  (set, get) => ({
    theme: themeFor(EMPTY_VIEW.mode, storage),
    setTheme: (theme) => {
      if (get().mode === 'office') storage.save(theme);
      set({ theme });
    },
  });

const createPresentSlice =
  (storage: ThemeStorage): StateCreator<DashboardState, [], [], PresentSlice> =>
  (set) => ({
    mode: EMPTY_VIEW.mode,
    interval: EMPTY_VIEW.interval,
    tourFocus: null,
    setMode: (mode) =>
      set((s) => (s.mode === mode ? {} : { mode, theme: themeFor(mode, storage), tourFocus: null })),
    setTourFocus: (tourFocus) => set({ tourFocus }),
    focusHandOver: null,
    handOverFocus: (focusHandOver) => set({ focusHandOver }),
    pointerCleared: 0,
    clearPointer: () => set((s) => ({ pointerCleared: s.pointerCleared + 1 })),
  });

const createViewSlice =
  (storage: ThemeStorage): StateCreator<DashboardState, [], [], ViewSlice> =>
  (set) => ({
    year: EMPTY_VIEW.year,
    pendingYear: null,
    requestYear: (year) => set((s) => ({ pendingYear: year === s.year ? null : year })),
    switchYear: (list) =>
      set((s) =>
        s.year === list.year
          ? { pendingYear: null }
          : {
              year: list.year,
              pendingYear: null,
              project: null,
              // The tour's stop stays where the other year has it (the tour then stays at that stop too).
              tourFocus: list.projects.some((p) => atFocus(p, s.tourFocus)) ? s.tourFocus : null,
              county: list.projects.some((p) => p.county === s.county && p.prefecture === s.region)
                ? s.county
                : null,
            },
      ),
    // A URL that changes the layout brings the layout's theme; otherwise the user's theme choice stays.
    // The same view again (the URL read on start, a Back to an equal address) changes nothing, so nothing
    // re-renders: the first screen is not drawn twice on load.
    setView: (view) =>
      set((s) =>
        sameView(selectView(s), view) && s.pendingYear === null
          ? s
          : s.mode === view.mode
            ? { ...view, pendingYear: null }
            : { ...view, pendingYear: null, theme: themeFor(view.mode, storage), tourFocus: null },
      ),
  });

const createShellSlice: StateCreator<DashboardState, [], [], ShellSlice> = (set) => ({
  staticMapRetired: false,
  retireStaticMap: () => set({ staticMapRetired: true }),
});

const createHistorySlice: StateCreator<DashboardState, [], [], HistorySlice> = (set) => ({
  historyGroup: null,
  setHistoryGroup: (historyGroup) => set({ historyGroup }),
});

const createChartsSlice: StateCreator<DashboardState, [], [], ChartsSlice> = (set) => ({
  drawnCharts: new Map(),
  chartDrawn: (name, chart) => set((s) => ({ drawnCharts: new Map(s.drawnCharts).set(name, chart) })),
  chartGone: (name, chart) =>
    set((s) => {
      if (s.drawnCharts.get(name) !== chart) return {};
      const next = new Map(s.drawnCharts);
      next.delete(name);
      return { drawnCharts: next };
    }),
});

const createPrintSlice: StateCreator<DashboardState, [], [], PrintSlice> = (set) => ({
  printing: false,
  setPrinting: (printing) => set({ printing }),
});

/** Builds a fresh store; the app uses the shared one below (theme kept in localStorage), tests make their own. */
export function createDashboardStore(storage: ThemeStorage = memoryThemeStorage()) {
  return create<DashboardState>()((...a) => ({
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createAppearanceSlice(storage)(...a),
    ...createPresentSlice(storage)(...a),
    ...createViewSlice(storage)(...a),
    ...createShellSlice(...a),
    ...createHistorySlice(...a),
    ...createChartsSlice(...a),
    ...createPrintSlice(...a),
  }));
}

export const useDashboard = createDashboardStore(localThemeStorage());

/** The filters part of the state. */
export function selectFilters(s: DashboardState): Filters {
  return { categories: s.categories, levels: s.levels, region: s.region, county: s.county, query: s.query };
}

/** The view part of the state (what the URL holds): a year chosen and still coming is already the link's. */
export function selectView(s: DashboardState): ViewState {
  return {
    categories: s.categories,
    levels: s.levels,
    region: s.region,
    county: s.county,
    query: s.query,
    year: s.pendingYear ?? s.year,
    project: s.project,
    mode: s.mode,
    interval: s.interval,
  };
}
