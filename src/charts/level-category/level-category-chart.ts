import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../data';
import type { Category, Level } from '../../data';
import { fillFor, labelColorOn } from '../../state/chart-colours';
import { selectView } from '../../state/store';
import { defineChart } from '../chart-descriptor';
import type { ShadedCell } from '../deck-spec';
import { buildLevelCategoryOption } from './build-level-category-option';
import { countByLevelAndCategory } from './level-category-counts';
import type { LevelCategoryCell } from './level-category-counts';

/** Levels down, categories across, as the heatmap lays them out. */
function grid<T>(
  cells: readonly LevelCategoryCell[],
  read: (cell: LevelCategoryCell | undefined) => T,
): T[][] {
  const at = (level: Level, category: Category) =>
    cells.find((c) => c.level === level && c.category === category);
  return LEVEL_KEYS.map((level) => CATEGORY_KEYS.map((category) => read(at(level, category))));
}

/** The shades of the heatmap's legend: as many projects as the ramp has steps, the last one for more. */
const LEGEND_STEPS = [0, 1, 2, 3, 4];

/**
 * 层级 × 类别: a heatmap of projects per level and category (primary or secondary); a click on a cell narrows to
 * exactly that level and category, and on the cell that is already the whole selection clears both.
 */
export const LEVEL_CATEGORY_CHART = defineChart({
  name: 'level-category',
  heading: '层级 × 类别',
  note: '每格为该层级中计入该类别（主类别或兼属类别）的项目数',
  fileLabel: '层级类别',
  screenHeight: 20,
  dashboardHeight: 420,
  paperHeight: 330,
  count: countByLevelAndCategory,
  buildOption: buildLevelCategoryOption,
  table: (cells) => {
    const rows = grid(cells, (cell) => cell?.count ?? 0);
    return {
      caption: '层级与类别交叉的项目数',
      columns: ['层级', ...CATEGORY_KEYS.map((k) => CATEGORY_LABELS[k])],
      rows: LEVEL_KEYS.map((level, i) => [LEVEL_LABELS[level], ...(rows[i] ?? [])] as const),
    };
  },
  summary: (cells) =>
    `层级与类别交叉的项目数：${cells
      .filter((c) => c.count > 0)
      .map((c) => `${LEVEL_LABELS[c.level]}${CATEGORY_LABELS[c.category]} ${c.count} 项`)
      .join('，')}`,
  // A native table whose cells are shaded like the heatmap's.
  deckSlide: (cells, theme) => {
    const rows = grid(cells, (cell): ShadedCell => {
      const count = cell?.count ?? 0;
      const fill = fillFor(count, theme);
      return { count, fill, colour: labelColorOn(fill, theme), chosen: cell?.selected ?? false };
    });
    return {
      kind: 'table',
      corner: '层级 \\ 类别',
      columns: CATEGORY_KEYS.map((k) => CATEGORY_LABELS[k]),
      rows: LEVEL_KEYS.map((level, i) => ({ label: LEVEL_LABELS[level], cells: rows[i] ?? [] })),
      legend: LEGEND_STEPS.map((n) => ({
        label: n === LEGEND_STEPS.length - 1 ? `≥${n} 项` : `${n} 项`,
        fill: fillFor(n, theme),
      })),
    };
  },
  // One store update, so one history entry (Back undoes the click).
  click: (_cells, { value }, state) => {
    const [x, y] = Array.isArray(value) ? (value as number[]) : [];
    const category = CATEGORY_KEYS[x ?? -1];
    const level = LEVEL_KEYS[y ?? -1];
    if (!category || !level) return;
    const isOnlyThis =
      state.levels.length === 1 &&
      state.levels[0] === level &&
      state.categories.length === 1 &&
      state.categories[0] === category;
    state.setView({
      ...selectView(state),
      levels: isOnlyThis ? [] : [level],
      categories: isOnlyThis ? [] : [category],
    });
  },
});
