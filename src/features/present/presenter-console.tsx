import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { sameFilters } from '../../state/filters';
import { useResourceCache } from '../../state/resources';
import { useFilters } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { useReadyScene } from '../../state/use-scene';
import { chooseYear } from '../../state/years';
import { JUMP_HINT_ID, PrefectureButtons, StopButtons, stopName, TalkingPoints } from './console-parts';
import { elapsed, pacing, timeOfDay, useNow } from './meeting-clock';
import type { RoomState } from './presenter-link';
import { connectionLine, roomTheme, roomTroubles } from './room-status';
import { talkingPoints } from './talking-points';
import { buildTourSteps, stopCount } from './tour-steps';
import type { TourStep } from './tour-steps';
import { tourStatus } from './tour-status';
import { useConsoleRoom } from './use-console-room';
import { remoteIndex } from './use-tour';
import { useTourKeys } from './use-tour-keys';
import { StopPicture } from './stop-picture';
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
  const { matching } = useReadyScene();
  const cache = useResourceCache();
  const steps = useMemo(() => buildTourSteps(matching), [matching]);
  const interval = useDashboard((s) => s.interval);
  const setMode = useDashboard((s) => s.setMode);
  const applyFilters = useDashboard((s) => s.applyFilters);
  const filters = useFilters();
  const chosenYear = useDashboard((s) => s.pendingYear ?? s.year);
  const room = useConsoleRoom(
    () => ({
      year: chosenYear,
      filters,
      stepKey: steps[0]?.key ?? null,
      index: 0,
      paused: false,
      black: false,
      startedAt: Date.now(),
      plan: null,
    }),
    // A room adopted: its filters and year become this console's view.
    (adopted) => {
      applyFilters(adopted.filters);
      const { year, pendingYear } = useDashboard.getState();
      if ((pendingYear ?? year) !== adopted.year) void chooseYear(cache, adopted.year);
    },
  );
  const state = room.room;
  const index = remoteIndex(steps, state);
  const step: TourStep | undefined = steps[index];
  const count = steps.length;

  // The operator's filters and year are the room's: a change here is one change of the room, with the stop the new
  // steps leave (the same stop where they have it, else the first). New steps alone (another year's list arrived)
  // move the stop the same way.
  const { change } = room;
  const stepsKey = steps.map((s) => s.key).join('|');
  const viewChanged = useEffectEvent(() => {
    const view =
      sameFilters(filters, state.filters) && chosenYear === state.year ? null : { filters, year: chosenYear };
    const stopKept = room.joining || count === 0 || steps.some((s) => s.key === state.stepKey);
    const stop = stopKept ? null : { index: 0, stepKey: steps[0]?.key ?? null };
    if (view || stop) change({ ...view, ...stop });
  });
  useEffect(() => viewChanged(), [filters, chosenYear, stepsKey]);

  const moveTo = (to: number): Partial<RoomState> => ({
    index: to,
    stepKey: steps[to]?.key ?? null,
    black: false,
  });
  const go = (delta: number) => {
    if (count > 0) change(moveTo((index + delta + count) % count));
  };
  const jump = (to: number) => {
    if (to >= 0 && to < count) change(moveTo(to));
  };
  const togglePause = () => change({ paused: !state.paused });
  const toggleBlack = () => change({ black: !state.black });
  const typed = useTourKeys({
    next: () => go(1),
    previous: () => go(-1),
    togglePause,
    toggleBlack,
    exit: () => setMode('office'),
    jumpTo: (stop) => jump(stop - 1),
  });

  // The tour moves on by itself unless paused or black; any console's move re-arms every console's timer.
  const advance = useEffectEvent(() => go(1));
  const running = !room.joining && !state.paused && !state.black && count > 1;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(advance, interval * 1000);
    return () => window.clearTimeout(timer);
  }, [running, index, state.stepKey, interval]);

  const connected = room.screens.length;
  const troubles = roomTroubles(room.screens, state.year);
  // The clock ticks each second; a restart is not before its own start.
  const now = Math.max(useNow(), state.startedAt);
  const [blocked, setBlocked] = useState(false);
  const next = count > 1 ? steps[(index + 1) % count] : undefined;
  const points = useMemo(() => talkingPoints(step?.projects ?? []), [step]);
  const tour = { count, paused: state.paused, holding: false };
  const roomWords = state.black ? '黑屏' : tourStatus(tour, matching.length);
  // The pictures in the screens' colours (深色 unless a screen was switched).
  const pictureTheme = roomTheme(room.screens);
  // Over the picture of the screen: the room's pause and what a screen lacks, in words.
  const roomNote = [state.paused ? '已暂停' : '', ...troubles].filter(Boolean).join(' · ') || null;
  const paced = state.plan === null ? null : pacing(state.plan, now - state.startedAt, index, count);

  return (
    <div className="presenter" data-joining={room.joining}>
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
          {room.otherConsoles > 0 ? ` · 另有 ${room.otherConsoles} 个演讲者视图同步` : ''}
        </p>
        <p className="presenter-clock">
          <span>
            时间 <time data-testid="time-of-day">{timeOfDay(now)}</time>
          </span>
          <span>
            已用 <time data-testid="elapsed">{elapsed(now - state.startedAt)}</time>
          </span>
          <button type="button" className="button" onClick={() => change({ startedAt: Date.now() })}>
            重新计时
          </button>
        </p>
        <PlanField plan={state.plan} onPlan={(plan) => change({ plan })} />
        {paced ? (
          <p className="presenter-pacing" data-pacing={paced.state} data-testid="pacing">
            {paced.words}
          </p>
        ) : null}
        <div className="presenter-actions">
          <button
            type="button"
            className="button"
            onClick={() => setBlocked(!room.openScreen(addressIn('present')))}
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
          <div className="presenter-pictures">
            <p className="presenter-picture-caption">放映窗口 · 当前</p>
            <p className="presenter-picture-caption">下一站{next ? `：${stopName(next)}` : ''}</p>
            <StopPicture
              year={state.year}
              filters={state.filters}
              focus={step?.focus ?? null}
              theme={pictureTheme}
              label={`放映窗口当前画面：${step ? stopName(step) : '无匹配项目'}`}
              black={state.black}
              note={roomNote}
            />
            <StopPicture
              year={state.year}
              filters={state.filters}
              focus={next?.focus ?? null}
              theme={pictureTheme}
              label={`下一站画面：${next ? stopName(next) : '无'}`}
            />
          </div>
          <header className="presenter-now-header">
            <h2 id="presenter-now-heading">
              <span className="presenter-label">当前</span>
              <span data-testid="presenter-current">{step ? stopName(step) : '无匹配项目'}</span>
              {step ? <small> · {stopCount(step)}</small> : null}
            </h2>
            <p className="presenter-next">
              <span className="presenter-label">下一站</span>
              <span data-testid="presenter-next">{next ? stopName(next) : '—'}</span>
            </p>
          </header>
          <div className="presenter-controls" role="group" aria-label="演示控制">
            <button type="button" className="button" onClick={() => go(-1)}>
              上一个
            </button>
            <button type="button" className="button presenter-pause" onClick={togglePause}>
              {state.paused ? '继续' : '暂停'}
            </button>
            <button type="button" className="button" onClick={() => go(1)}>
              下一个
            </button>
            <button type="button" className="button" aria-pressed={state.black} onClick={toggleBlack}>
              黑屏
            </button>
            <span className="presenter-progress" data-testid="presenter-progress">
              {count > 0 ? `${index + 1} / ${count}` : '0 / 0'} · {roomWords}
            </span>
          </div>
          {typed !== '' ? (
            <p className="presenter-typed" data-testid="presenter-typed">
              跳到第 {typed} 站：按 Enter
            </p>
          ) : null}
          <div className="presenter-talk" tabIndex={0} role="region" aria-label="讲解要点">
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
          </div>
        </section>
        <div className="presenter-side">
          <section className="panel presenter-section" aria-labelledby="presenter-stops-heading">
            <div className="presenter-stops-title">
              <h2 id="presenter-stops-heading">各站</h2>
              <p id={JUMP_HINT_ID} className="presenter-hint">
                方向键在方格内移动，Enter 跳转；或输入站号再按 Enter
              </p>
            </div>
            <StopButtons steps={steps} index={index} onJump={jump} />
            <h2>各地</h2>
            <PrefectureButtons steps={steps} index={index} onJump={jump} />
          </section>
          <section className="panel presenter-section presenter-filters" aria-label="筛选（放映窗口同步）">
            {filterPanel}
          </section>
        </div>
      </main>
      <footer className="presenter-footer">
        空格 暂停/继续 · →/PageDown/N 下一个 · ←/PageUp/P 上一个 · 数字+Enter 跳到该站 · B 或 . 黑屏/恢复 ·
        Esc 退出演讲者视图
      </footer>
      <p className="visually-hidden" aria-live="polite" data-testid="presenter-announcement">
        {room.joining ? '' : announceRoom(step, index, count, state)}
      </p>
    </div>
  );
}

/** What the console's live region says when the room moves: the stop, its number, paused or black. */
function announceRoom(step: TourStep | undefined, index: number, count: number, room: RoomState): string {
  if (room.black) return '放映窗口已黑屏';
  const where = step ? `第 ${index + 1}/${count} 站：${stopName(step)}，${stopCount(step)}` : '无匹配项目';
  return room.paused ? `${where}（已暂停）` : where;
}

/** The planned length of the tour, in minutes; empty for none. Committed on Enter or on leaving the field. */
function PlanField({ plan, onPlan }: { plan: number | null; onPlan: (plan: number | null) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const minutes = Number(draft);
    onPlan(draft.trim() === '' || !Number.isInteger(minutes) || minutes <= 0 ? null : Math.min(minutes, 600));
    setDraft(null);
  };
  return (
    <label className="presenter-plan">
      计划
      <input
        type="number"
        min={1}
        max={600}
        step={1}
        inputMode="numeric"
        value={draft ?? (plan === null ? '' : String(plan))}
        placeholder="—"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      分钟
    </label>
  );
}
