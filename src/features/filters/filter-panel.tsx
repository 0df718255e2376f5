import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../data';
import { useFacetCounts, useFilters } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { useState } from 'react';
import { isUnfiltered } from '../../state/filters';
import type { Filters } from '../../state/filters';
import { ToggleChip } from '../../components/ui/toggle-chip';
import { RegionSelect } from './region-select';
import { SearchBox } from './search-box';
import type { CommitMode } from './use-draft';
import './filter-panel.css';

interface FilterPanelProps {
  /**
   * When the 地区 and 搜索 choices reach the store: `live` in the office; `on-leave` in a presenter console,
   * where every change reaches the room and the steps on the way must not.
   */
  commit?: CommitMode;
  /** Whether a 地区 option that would give nothing (0) is disabled, as the chips with 0 项 are. */
  disableEmpty?: boolean;
}

/** Category, level, region and text filters; every option shows how many projects it would give. */
export function FilterPanel({ commit = 'live', disableEmpty = false }: FilterPanelProps) {
  const filters = useFilters();
  const counts = useFacetCounts();
  const toggleCategory = useDashboard((s) => s.toggleCategory);
  const toggleLevel = useDashboard((s) => s.toggleLevel);
  const setRegion = useDashboard((s) => s.setRegion);
  const setQuery = useDashboard((s) => s.setQuery);
  const resetFilters = useDashboard((s) => s.resetFilters);
  const unfiltered = isUnfiltered(filters);

  const [open, setOpen] = useState(false);
  const active = activeFilterCount(filters);

  return (
    <>
      {/* Phones only (CSS): the filters fold away so the map is on the first screen. */}
      <button
        type="button"
        className="button filter-toggle"
        aria-expanded={open}
        aria-controls="filter-form"
        onClick={() => setOpen(!open)}
      >
        筛选{active > 0 ? `（已选 ${active} 项）` : ''}
      </button>
      <form
        id="filter-form"
        className="filter-panel"
        data-open={open}
        role="search"
        aria-labelledby="filters-heading"
        onSubmit={(e) => e.preventDefault()}
      >
        {/* The design shows no title here; screen readers jump between regions by their headings. */}
        <h2 id="filters-heading" className="visually-hidden">
          筛选
        </h2>
        <SearchBox query={filters.query} setQuery={setQuery} commit={commit} />

        <fieldset>
          <legend className="filter-heading">类别</legend>
          <div className="chip-group">
            {CATEGORY_KEYS.map((key) => (
              <ToggleChip
                key={key}
                label={CATEGORY_LABELS[key]}
                count={counts.categories[key]}
                pressed={filters.categories.includes(key)}
                onToggle={() => toggleCategory(key)}
              />
            ))}
          </div>
          <p className="filter-hint">按主类别或兼属类别匹配</p>
        </fieldset>

        <fieldset>
          <legend className="filter-heading">层级</legend>
          <div className="chip-group">
            {LEVEL_KEYS.map((key) => (
              <ToggleChip
                key={key}
                label={LEVEL_LABELS[key]}
                count={counts.levels[key]}
                pressed={filters.levels.includes(key)}
                onToggle={() => toggleLevel(key)}
              />
            ))}
          </div>
        </fieldset>

        <RegionSelect
          region={filters.region}
          setRegion={setRegion}
          counts={counts.regions}
          commit={commit}
          disableEmpty={disableEmpty}
        />

        {/* aria-disabled, not disabled: a disabled button drops the focus, and 重置 must keep it. */}
        <button
          type="button"
          className="button filter-reset"
          aria-disabled={unfiltered}
          onClick={() => {
            if (!unfiltered) resetFilters();
          }}
        >
          重置
        </button>
      </form>
    </>
  );
}

/** How many filter choices are in force: each category, each level, the region and the search. */
function activeFilterCount(filters: Filters): number {
  return (
    filters.categories.length +
    filters.levels.length +
    (filters.region ? 1 : 0) +
    (filters.query.trim() ? 1 : 0)
  );
}
