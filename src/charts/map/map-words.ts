import type { MapScene } from '../../state/scene';
export { countyMapLabel } from '../../state/scene';

/** The words a map is framed with: its place for the title, what its colours mean, what it still waits for. */
export interface MapWords {
  /** The place drawn, for the title (e.g. 「信阳市」, 「信阳市 · 固始县」); none for the whole province. */
  readonly place?: string;
  /** What the colours and markers mean, printed under the title. */
  readonly note: string;
  /**
   * What the chart still loads before it draws the chosen view (e.g. 「郑州市县区地图」): an export waits for it.
   * Meanwhile `place` and `note` describe what is drawn until then.
   */
  readonly pending?: string;
}

/** What the province map's colours count (the on-screen caption and exports). */
export const PROVINCE_COLOURS = '颜色：各省辖市市级、县级项目数';
/** What the drilled map's colours count. */
export const DRILL_COLOURS = '颜色：各县（市、区）县级项目数';

/** What the province map's markers mean, in an export's words (the screen shows a coloured dot instead). */
const PROVINCE_MARKER = '金色标记为省级项目（单列，不计入郑州）';

/** The words an export of the map is framed with: always what is drawn, never only what was chosen. */
export function mapWords(map: MapScene): MapWords {
  const province = `${PROVINCE_COLOURS}；${PROVINCE_MARKER}`;
  const name = map.targetName;
  if (map.kind === 'prefecture' && name !== null) {
    return {
      place: map.countyName ? `${name} · ${map.countyName}` : name,
      note: `${DRILL_COLOURS}；红色标记为市级项目`,
    };
  }
  if (map.missing === null || name === null) return { note: province };
  // The province stands in for the missing county map, counting only what the figures count.
  const counted = map.selectedRegion === null ? province : `${PROVINCE_COLOURS}（仅${name}）`;
  return map.missing.status === 'loading'
    ? { note: `${counted}；${map.missing.what}加载中，图中突出显示${name}`, pending: map.missing.what }
    : { note: `${counted}；${map.missing.what}未能加载，图中突出显示${name}` };
}
