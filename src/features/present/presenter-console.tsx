import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useResourceCache } from '../../state/resources';
import { useFilters } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { useReadyScene } from '../../state/use-scene';
import { chooseYear } from '../../state/years';
import { PrefectureButtons, StopButtons, stopName, TalkingPoints } from './console-parts';
import { elapsed, timeOfDay, useMeetingClock } from './meeting-clock';
import { connectionLine, roomTroubles } from './room-status';
import { talkingPoints } from './talking-points';
import { buildTourSteps } from './tour-steps';
import { tourStatus } from './tour-status';
import { useScreens } from './use-screens';
import { useTour } from './use-tour';
import { addressIn } from './view-address';
import './presenter.css';

interface PresenterConsoleProps {
  /** The filter panel, supplied by the app shell: choosing there narrows the tour on the screens too. */
  filterPanel: ReactNode;
  /** The 年度 choice from the shell (nothing when there is one list): the screens show the year chosen here. */
  yearSwitcher?: ReactNode;
}

/**
 * The operator's console (演讲者视图): it runs the tour, and every screen (`?mode=present`) in the same browser
 * follows it. Built for a laptop beside the projector, in the office look: what is on the screens now and next,
 * what to say about it, the clocks, and every stop and prefecture one click away.
 */
export function PresenterConsole({ filterPanel, yearSwitcher }: PresenterConsoleProps) {
  const { year, matching } = useReadyScene();
  const cache = useResourceCache();
  const steps = useMemo(() => buildTourSteps(matching), [matching]);
  const interval = useDashboard((s) => s.interval);
  const setMode = useDashboard((s) => s.setMode);
  const tour = useTour(steps, interval, () => setMode('office'), { holdOnActivity: false });
  const filters = useFilters();
  const screens = useScreens(
    { year, filters, stepKey: tour.step?.key ?? null, index: tour.index, paused: tour.paused },
    (command) => {
      // A year chosen on a screen is the console's choice: it switches, and every screen follows it.
      if (typeof command === 'object') void chooseYear(cache, command.year);
      else if (command === 'next') tour.next();
      else if (command === 'previous') tour.previous();
      else tour.togglePause();
    },
  );
  const connected = screens.statuses.length;
  const troubles = roomTroubles(screens.statuses, year);
  const clock = useMeetingClock();
  const [blocked, setBlocked] = useState(false);
  const next = tour.count > 1 ? steps[(tour.index + 1) % tour.count] : undefined;
  const points = useMemo(() => talkingPoints(tour.step?.projects ?? []), [tour.step]);

  return (
    <div className="presenter">
      <header className="presenter-header">
        <h1>演讲者视图</h1>
        {yearSwitcher}
        <p
          className="presenter-link"
          data-connected={connected > 0}
          data-trouble={troubles.length > 0}
          role="status"
        >
          {connectionLine(connected, troubles)}
        </p>
        <p className="presenter-clock">
          <span>
            时间 <time data-testid="time-of-day">{timeOfDay(clock.now)}</time>
          </span>
          <span>
            已用 <time data-testid="elapsed">{elapsed(clock.now - clock.start)}</time>
          </span>
          <button type="button" className="button" onClick={clock.restart}>
            重新计时
          </button>
        </p>
        <div className="presenter-actions">
          <button
            type="button"
            className="button"
            onClick={() => setBlocked(!screens.openScreen(addressIn('present')))}
          >
            打开放映窗口
          </button>
          <button type="button" className="button" onClick={() => setMode('office')}>
            退出
          </button>
        </div>
        {blocked ? (
          <p className="presenter-blocked" role="alert">
            浏览器阻止了新窗口：请允许本页弹出窗口，或在另一个窗口中打开本看板并进入演示模式。
          </p>
        ) : null}
      </header>
      <main className="presenter-main">
        <section className="panel presenter-now" aria-labelledby="presenter-now-heading">
          <header className="presenter-now-header">
            <h2 id="presenter-now-heading">
              <span className="presenter-label">当前</span>
              <span data-testid="presenter-current">{tour.step ? stopName(tour.step) : '无匹配项目'}</span>
              {tour.step ? <small> · {tour.step.total} 项</small> : null}
            </h2>
            <p className="presenter-next">
              <span className="presenter-label">下一站</span>
              <span data-testid="presenter-next">{next ? stopName(next) : '—'}</span>
            </p>
          </header>
          <div className="presenter-controls" role="group" aria-label="演示控制">
            <button type="button" className="button" onClick={tour.previous}>
              上一个
            </button>
            <button type="button" className="button presenter-pause" onClick={tour.togglePause}>
              {tour.paused ? '继续' : '暂停'}
            </button>
            <button type="button" className="button" onClick={tour.next}>
              下一个
            </button>
            <span className="presenter-progress">
              {tour.count > 0 ? `${tour.index + 1} / ${tour.count}` : '0 / 0'} ·{' '}
              {tourStatus(tour, matching.length)}
            </span>
          </div>
          <TalkingPoints points={points} />
          {next ? (
            <section className="presenter-upcoming" aria-labelledby="presenter-upcoming-heading">
              <h3 id="presenter-upcoming-heading">下一站：{stopName(next)}</h3>
              <ul>
                {next.projects.map((p) => (
                  <li key={p.id}>
                    №{p.id} {p.title}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
        <div className="presenter-side">
          <section className="panel presenter-section" aria-labelledby="presenter-stops-heading">
            <h2 id="presenter-stops-heading">各站</h2>
            <StopButtons steps={steps} index={tour.index} onJump={tour.jump} />
            <h2>各地</h2>
            <PrefectureButtons steps={steps} index={tour.index} onJump={tour.jump} />
          </section>
          <section className="panel presenter-section presenter-filters" aria-label="筛选（放映窗口同步）">
            {filterPanel}
          </section>
        </div>
      </main>
      <footer className="presenter-footer">空格 暂停/继续 · ←/→ 切换 · Esc 退出演讲者视图</footer>
    </div>
  );
}
