import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS, PREFECTURES } from '../../data';
import { useFacetCounts, useFilters } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { useRef, useState } from 'react';
import { isUnfiltered } from '../../state/filters';
import type { Filters } from '../../state/filters';
import { useSteppedRegion } from './use-stepped-region';
import { ToggleChip } from '../../components/ui/toggle-chip';
import './filter-panel.css';

// Keys with which a closed select steps from option to option, each step a change.
const STEP_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** Category, level, region and text filters; every option shows how many projects it would give. */
export function FilterPanel() {
  const filters = useFilters();
  const counts = useFacetCounts();
  const toggleCategory = useDashboard((s) => s.toggleCategory);
  const toggleLevel = useDashboard((s) => s.toggleLevel);
  const setRegion = useDashboard((s) => s.setRegion);
  const setQuery = useDashboard((s) => s.setQuery);
  const resetFilters = useDashboard((s) => s.resetFilters);
  const unfiltered = isUnfiltered(filters);

  const [open, setOpen] = useState(false);
  // Whether the select's next change comes from stepping with the keys (a run) or from a pick (an entry).
  const steppingByKey = useRef(false);
  const region = useSteppedRegion(filters.region, setRegion);
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
        <label className="filter-search">
          <span className="filter-heading">搜索</span>
          <input
            type="search"
            value={filters.query}
            placeholder="标题、申报单位或简介中的文字"
            onChange={(e) => setQuery(e.target.value)}
            maxLength={100}
          />
        </label>

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

        <label className="filter-region">
          <span className="filter-heading">地区</span>
          <select
            value={region.shown ?? ''}
            onKeyDown={(e) => {
              steppingByKey.current = STEP_KEYS.has(e.key);
            }}
            onChange={(e) => {
              const code = e.target.value || null;
              const stepping = steppingByKey.current;
              steppingByKey.current = false;
              // Arrow keys step through the options: the run applies when the keys rest, as one Back entry.
              // A pick (mouse, touch) is a choice of its own, applied at once: two picks are two entries.
              if (stepping) region.step(code);
              else region.pick(code);
            }}
            onBlur={region.settle}
          >
            <option value="">全省（{PREFECTURES.length}个省辖市）</option>
            {PREFECTURES.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}（{counts.regions.get(p.code) ?? 0}）
              </option>
            ))}
          </select>
        </label>

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
