import { useState } from 'react';
import { lists } from '../../data';
import { useDashboard } from '../../state/store';
import './year-switcher.css';

/**
 * 年度: which year's list the dashboard shows. It appears only when there is more than one list; the switch
 * happens once the chosen list has loaded, so the page never shows one year's title over another's projects.
 */
export function YearSwitcher({ className = 'year-switcher' }: { className?: string }) {
  const year = useDashboard((s) => s.year);
  const switchYear = useDashboard((s) => s.switchYear);
  const [failed, setFailed] = useState(false);
  if (lists.years.length < 2) return null;
  return (
    <label className={className}>
      <span className="year-switcher-label">年度</span>
      <select
        value={year}
        onChange={(event) => {
          const chosen = Number(event.target.value);
          setFailed(false);
          lists.load(chosen).then(switchYear, (error: unknown) => {
            console.error('年度名单加载失败', error);
            setFailed(true);
          });
        }}
      >
        {lists.years.map((y) => (
          <option key={y} value={y}>
            {y}年度
          </option>
        ))}
      </select>
      {failed ? (
        <span className="year-switcher-error" role="alert">
          名单加载失败，请再选一次
        </span>
      ) : null}
    </label>
  );
}
