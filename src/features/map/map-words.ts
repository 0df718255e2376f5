import type { ChartPicture } from '../../lib/chart-picture';

/** What the province map's colours count (the on-screen caption and exports). */
export const PROVINCE_COLOURS = '颜色：各省辖市市级、县级项目数';
/** What the drilled map's colours count. */
export const DRILL_COLOURS = '颜色：各县（市、区）县级项目数';

/** What the province map's markers mean, in an export's words (the screen shows a coloured dot instead). */
const PROVINCE_MARKER = '金色标记为省级项目（单列，不计入郑州）';

/**
 * Where the map is and what it draws: the province; a prefecture's counties; or the province with the chosen
 * prefecture highlighted while its county map loads or after it failed to.
 */
export type MapState =
  | { readonly kind: 'province' }
  | { readonly kind: 'drilled'; readonly name: string; readonly county?: string }
  | { readonly kind: 'loading' | 'failed'; readonly name: string };

/**
 * The map's state: `target` is the chosen prefecture's name (null for the province); `drawn` says its counties
 * are drawn, `failed` that they could not be loaded; `county` names the chosen county.
 */
export function mapState(target: string | null, drawn: boolean, failed: boolean, county?: string): MapState {
  if (target === null) return { kind: 'province' };
  if (drawn) return { kind: 'drilled', name: target, ...(county ? { county } : {}) };
  return { kind: failed ? 'failed' : 'loading', name: target };
}

/** The county map a loading or failed state waits for, e.g. 「郑州市县区地图」. */
export const countyMapLabel = (name: string) => `${name}县区地图`;

/** The words an export of the map is framed with: always what is drawn, never only what was chosen. */
export function mapPicture(state: MapState): ChartPicture {
  const province = `${PROVINCE_COLOURS}；${PROVINCE_MARKER}`;
  switch (state.kind) {
    case 'province':
      return { note: province };
    case 'drilled':
      return {
        place: state.county ? `${state.name} · ${state.county}` : state.name,
        note: `${DRILL_COLOURS}；红色标记为市级项目`,
      };
    case 'loading':
      return {
        note: `${province}；${countyMapLabel(state.name)}加载中，图中突出显示${state.name}`,
        pending: countyMapLabel(state.name),
      };
    case 'failed':
      return { note: `${province}；${countyMapLabel(state.name)}未能加载，图中突出显示${state.name}` };
  }
}
