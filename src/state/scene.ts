// The scene: what every surface shows (page, presentation screen, console, paper, files), as one pure function of
// the view (the store), the data and the states of what loads lazily (the resource cache). No surface keeps a
// loading state of its own; each draws its part of the scene, so the map, the figures, the list and the titles
// can never disagree about what is shown.
import { dashboardTitle, lists, prefectureByCode } from '../data';
import type { ListRegistry, Project, ProjectList } from '../data';
import { countyName, countyShapes } from '../geo';
import type { LoadedCounties } from '../geo';
import type { Resource, ResourceCache, ResourceState } from '../lib/resource-cache';
import { describeView, documentTitle } from './describe-filters';
import { drilledPrefecture } from './drill';
import { filterProjects, keyFigures } from './filter-projects';
import type { KeyFigures } from './filter-projects';
import { EMPTY_FILTERS } from './filters';
import type { Filters, Mode } from './filters';

/** A part still loading or that failed to: named in words (「郑州市县区地图」), never replaced by another. */
export interface MissingPart {
  readonly what: string;
  readonly status: 'loading' | 'failed';
}

/** What the map draws. */
export interface MapScene {
  /** The province's prefectures, or one prefecture's counties (only once they are here). */
  readonly kind: 'province' | 'prefecture';
  /** The prefecture chosen (the region filter, or the tour's stop), drawn or not; null for the province. */
  readonly target: string | null;
  /** Its name, for titles and notes. */
  readonly targetName: string | null;
  /** The counties drawn (kind 'prefecture'), else null. */
  readonly counties: LoadedCounties | null;
  /**
   * The projects whose fills, markers and pins the map draws. A prefecture's map is the place to choose a
   * county, so it counts all of its counties (the chosen one highlighted); the province map counts exactly what
   * the figures count, also while a chosen prefecture's counties are missing (then only that prefecture's).
   */
  readonly projects: readonly Project[];
  /** The region highlighted (the filter's), the tour's stop, and the county highlighted. */
  readonly selectedRegion: string | null;
  readonly focus: string | null;
  readonly selectedCounty: string | null;
  /** The chosen county's name, when one is chosen. */
  readonly countyName: string | undefined;
  /** The chosen prefecture's county map, loading or failed: the province stands in, saying so. */
  readonly missing: MissingPart | null;
}

/** The scene of a view whose list is here. */
export interface ReadyScene {
  readonly status: 'ready';
  readonly year: number;
  readonly list: ProjectList;
  /** Another year chosen, whose list is still coming or failed (this one stays shown meanwhile). */
  readonly pendingYear: { readonly year: number; readonly status: 'loading' | 'failed' } | null;
  readonly title: string;
  readonly documentTitle: string;
  readonly filters: Filters;
  /** The projects the filters leave, in № order: the list, the figures, the exports. */
  readonly matching: readonly Project[];
  readonly figures: KeyFigures;
  /** The filters and what they leave, in words: paper's caption and every exported file's. */
  readonly caption: string;
  readonly map: MapScene;
}

/** The scene of a view whose year's list is not here (a link to another year, still loading or failed). */
export interface ListMissingScene {
  readonly status: 'loading' | 'failed';
  readonly year: number;
  readonly title: string;
  readonly documentTitle: string;
  /** 「2030年度名单」. */
  readonly what: string;
}

export type Scene = ReadyScene | ListMissingScene;

/** What of the store the scene reads. */
export interface SceneView extends Filters {
  readonly year: number;
  readonly pendingYear: number | null;
  readonly project: number | null;
  readonly mode: Mode;
  readonly tourFocus: string | null;
}

/** What of the cache the scene reads: only states, never a load. */
export type ResourceStates = Pick<ResourceCache, 'state'>;

/** Which resources hold the lists and the county maps (the app's own; a test's stand-ins). */
export interface SceneSources {
  readonly lists: Pick<ListRegistry, 'resource'>;
  readonly counties: (prefecture: string) => Resource<LoadedCounties> | undefined;
}

const APP_SOURCES: SceneSources = { lists, counties: countyShapes };

const missingStatus = (state: ResourceState<unknown>): 'loading' | 'failed' =>
  state.status === 'failed' ? 'failed' : 'loading';

/** 「郑州市县区地图」: the county map a missing part names. */
export const countyMapLabel = (name: string) => `${name}县区地图`;

/** 「2030年度名单」. */
export const yearListLabel = (year: number) => `${year}年度名单`;

function mapScene(
  view: SceneView,
  list: ProjectList,
  matching: readonly Project[],
  resources: ResourceStates,
  sources: SceneSources,
): MapScene {
  const filters: Filters = view;
  const tourFocus = view.mode === 'present' ? view.tourFocus : null;
  const target = mapTarget(view);
  const targetName = target === null ? null : (prefectureByCode(target)?.name ?? target);
  const shapes = target === null ? undefined : sources.counties(target);
  const countiesState = shapes ? resources.state(shapes) : null;
  const counties = countiesState?.status === 'ready' ? countiesState.value : null;
  const projects = counties
    ? filterProjects(list.projects, { ...filters, region: null, county: null })
    : matching;
  const map: MapScene = {
    kind: counties ? 'prefecture' : 'province',
    target,
    targetName,
    counties,
    projects,
    selectedRegion: view.region,
    focus: tourFocus,
    selectedCounty: tourFocus === null ? view.county : null,
    countyName: tourFocus === null ? countyName(view.county) : undefined,
    missing:
      targetName !== null && countiesState && !counties
        ? { what: countyMapLabel(targetName), status: missingStatus(countiesState) }
        : null,
  };
  return map;
}

/** The prefecture the map is after: the region chosen, or in presentation the tour's stop. */
const mapTarget = (view: SceneView) =>
  drilledPrefecture(view.region, view.mode === 'present' ? view.tourFocus : null);

/** Everything lazily loaded whose state the scene of `view` reads. */
export function sceneResources(view: SceneView, sources: SceneSources = APP_SOURCES): Resource<unknown>[] {
  const target = mapTarget(view);
  const shapes = target === null ? undefined : sources.counties(target);
  return [
    sources.lists.resource(view.year),
    ...(view.pendingYear === null ? [] : [sources.lists.resource(view.pendingYear)]),
    ...(shapes ? [shapes] : []),
  ];
}

/** The scene of `view`, given the states of what loads lazily. Pure: the same inputs give an equal scene. */
export function buildScene(
  view: SceneView,
  resources: ResourceStates,
  sources: SceneSources = APP_SOURCES,
): Scene {
  const title = dashboardTitle(view.year);
  const listState = resources.state(sources.lists.resource(view.year));
  if (listState.status !== 'ready') {
    return {
      status: missingStatus(listState),
      year: view.year,
      title,
      documentTitle: documentTitle({ base: title, filters: EMPTY_FILTERS, mode: view.mode }),
      what: yearListLabel(view.year),
    };
  }
  const list = listState.value;
  const filters: Filters = {
    categories: view.categories,
    levels: view.levels,
    region: view.region,
    county: view.county,
    query: view.query,
  };
  const matching = filterProjects(list.projects, filters);
  const pendingState =
    view.pendingYear === null || view.pendingYear === view.year
      ? null
      : resources.state(sources.lists.resource(view.pendingYear));
  return {
    status: 'ready',
    year: view.year,
    list,
    pendingYear:
      pendingState && view.pendingYear !== null && pendingState.status !== 'ready'
        ? { year: view.pendingYear, status: missingStatus(pendingState) }
        : null,
    title,
    documentTitle: documentTitle({
      base: title,
      filters,
      projectTitle: view.project === null ? undefined : list.projectById(view.project)?.title,
      mode: view.mode,
      countyName: countyName(view.county),
    }),
    filters,
    matching,
    figures: keyFigures(matching),
    caption: describeView(filters, matching.length, list.projects.length, countyName(view.county)),
    map: mapScene(view, list, matching, resources, sources),
  };
}
