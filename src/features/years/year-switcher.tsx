import { lists } from '../../data';
import { useResourceCache } from '../../state/resources';
import { useScene } from '../../state/use-scene';
import { useDashboard } from '../../state/store';
import { chooseYear } from '../../state/years';
import './year-switcher.css';

/**
 * 年度: which year's list the dashboard shows. It appears only when there is more than one list. A year chosen
 * shows at once in the select, with 加载中 beside it; the page switches once that list has come, so it never
 * shows one year's title over another's projects. A failure says so, with 重试. A screen that follows a presenter
 * console passes `onChoose`, which asks the console for the year instead.
 */
export function YearSwitcher({
  className = 'year-switcher',
  onChoose,
}: {
  className?: string;
  onChoose?: (year: number) => void;
}) {
  const scene = useScene();
  const cache = useResourceCache();
  const pendingYear = useDashboard((s) => s.pendingYear);
  if (lists.years.length < 2) return null;
  const pending = scene.status === 'ready' ? scene.pendingYear : null;
  const choose = onChoose ?? ((year: number) => void chooseYear(cache, year));
  return (
    <span className={className}>
      <label className="year-switcher-choice">
        <span className="year-switcher-label">年度</span>
        <select value={pendingYear ?? scene.year} onChange={(event) => choose(Number(event.target.value))}>
          {lists.years.map((y) => (
            <option key={y} value={y}>
              {y}年度
            </option>
          ))}
        </select>
      </label>
      {/* Always in the page, so that the first message is announced too. */}
      <span className="year-switcher-status" role="status">
        {pending?.status === 'loading' ? `${pending.year}年度名单加载中……` : ''}
      </span>
      {pending?.status === 'failed' ? (
        <span className="year-switcher-error" role="alert">
          {pending.year}年度名单加载失败
          <button type="button" className="button year-switcher-retry" onClick={() => choose(pending.year)}>
            重试
          </button>
        </span>
      ) : null}
    </span>
  );
}
