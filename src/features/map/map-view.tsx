import { useMemo } from 'react';
import { projects, PREFECTURES } from '../../data';
import { useOfficeRem, usePresentRem } from '../../lib/present-scale';
import { filterProjects } from '../../state/filter-projects';
import { useChartTheme, useFilters } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { MAP_SERIES_ID, PINS_SERIES_ID, PROVINCE_SERIES_ID } from './build-map-option';
import { MapPanel } from './map-panel';

const CODE_BY_NAME = new Map(PREFECTURES.map((p) => [p.name, p.code]));

interface ClickParams {
  componentType?: string;
  seriesId?: string;
  name?: string;
  value?: unknown;
}

/** The map wired to the store: clicks filter by region, by province level, or open a county project. */
export function MapView() {
  const filters = useFilters();
  const theme = useChartTheme();
  // Presentation: labels follow the layout's scale, and the tour's region is highlighted.
  const presenting = useDashboard((s) => s.mode === 'present');
  const tourFocus = useDashboard((s) => s.tourFocus);
  const presentRem = usePresentRem();
  const officeRem = useOfficeRem();
  // The map is the region picker: it shows every region's count under the other filters.
  const matching = useMemo(() => filterProjects(projects, { ...filters, region: null }), [filters]);

  const onEvents = useMemo(
    () => ({
      click: (params: ClickParams) => {
        const { toggleRegion, showProvinceLevel, openProject } = useDashboard.getState();
        if (params.seriesId === PROVINCE_SERIES_ID) return showProvinceLevel();
        if (params.seriesId === PINS_SERIES_ID) {
          const id = Array.isArray(params.value) ? Number(params.value[2]) : NaN;
          if (Number.isInteger(id)) openProject(id);
          return;
        }
        const isRegion = params.componentType === 'geo' || params.seriesId === MAP_SERIES_ID;
        const code = params.name ? CODE_BY_NAME.get(params.name) : undefined;
        if (isRegion && code) toggleRegion(code);
      },
    }),
    [],
  );

  return (
    <MapPanel
      matching={matching}
      selectedRegion={filters.region}
      focus={presenting ? tourFocus : null}
      fontSize={presenting ? Math.round(presentRem * 0.8) : Math.round(officeRem * 0.875)}
      theme={theme}
      onEvents={onEvents}
    />
  );
}
