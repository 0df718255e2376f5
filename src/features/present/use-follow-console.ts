import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { sameFilters } from '../../state/filters';
import { useResourceCache } from '../../state/resources';
import { useDashboard } from '../../state/store';
import { chooseYear } from '../../state/years';
import { LOST_AFTER_MS } from './presenter-link';
import type { ConsoleState, LinkPayload, ScreenStatus } from './presenter-link';
import { openLink } from './link-transport';
import type { Link } from './link-transport';
import { sameStatus } from './room-status';
import type { TourRemote } from './use-tour';

/** Where a presentation screen's own 演讲者视图 button opens the console. */
export const CONSOLE_WINDOW = 'chucai-presenter-console';

/** The screen's side of the link. */
export interface ConsoleFollow {
  /** The console's tour while one is connected (the screen's own timer yields to it), else null. */
  readonly remote: TourRemote | null;
  /** The year the console shows while one is connected, else null. */
  readonly year: number | null;
  /**
   * Chooses a year from this screen: while a console is connected, it asks the console (which then leads every
   * screen there); the console's own year, or any year without a console, the screen loads itself (a 重试).
   */
  chooseYear: (year: number) => void;
  /** Tells the console what this screen shows; the report goes out when it changes and with every heartbeat. */
  report: (status: ScreenStatus) => void;
  /** Opens the console in a window of its own; false if the browser blocked it. */
  openConsole: (url: string) => boolean;
}

const sameState = (a: ConsoleState, b: ConsoleState) =>
  a.year === b.year &&
  a.stepKey === b.stepKey &&
  a.index === b.index &&
  a.paused === b.paused &&
  sameFilters(a.filters, b.filters);

/**
 * Makes a presentation screen follow a presenter console: it says hello, then reports what it shows with every
 * heartbeat; each state the console sends sets the screen's view (filters and year: another year is chosen through
 * chooseYear, pending until its list is here) and its stop. Without a state for LOST_AFTER_MS (or on the
 * console's bye) the screen is on its own again and its tour carries on.
 */
export function useFollowConsole(): ConsoleFollow {
  const [state, setState] = useState<ConsoleState | null>(null);
  const link = useRef<Link | null>(null);
  const status = useRef<ScreenStatus | null>(null);
  const cache = useResourceCache();
  const applyFilters = useDashboard((s) => s.applyFilters);

  const onState = useEffectEvent((next: ConsoleState) => {
    // Filters first, in the same tick: the screen's steps then already match the console's stop key.
    applyFilters(next.filters);
    // Another year is chosen once; while it comes (or after it failed) the console's repeats change nothing.
    const { year, pendingYear } = useDashboard.getState();
    if ((pendingYear ?? year) !== next.year) void chooseYear(cache, next.year);
    setState((before) => (before && sameState(before, next) ? before : next));
  });

  useEffect(() => {
    let lost = 0;
    // The console followed; other screens' goodbyes (they hear each other too) are not its.
    let leader: string | null = null;
    const forget = () => {
      leader = null;
      setState(null);
    };
    const beat = (): LinkPayload =>
      status.current ? { kind: 'status', status: status.current } : { kind: 'hello' };
    const opened = openLink((message) => {
      if (message.kind === 'state') {
        leader = message.from;
        onState(message.state);
        window.clearTimeout(lost);
        lost = window.setTimeout(forget, LOST_AFTER_MS);
      } else if (message.kind === 'bye' && message.from === leader) {
        window.clearTimeout(lost);
        forget();
      }
    }, beat);
    link.current = opened;
    opened.send({ kind: 'hello' });
    // A report made before this link opened (React runs effects twice in development) goes out at once.
    if (status.current) opened.send(beat());
    return () => {
      window.clearTimeout(lost);
      opened.close();
      link.current = null;
    };
  }, []);

  const report = useCallback((next: ScreenStatus) => {
    if (status.current && sameStatus(status.current, next)) return;
    status.current = next;
    link.current?.send({ kind: 'status', status: next });
  }, []);

  const consoleYear = state?.year ?? null;
  return {
    remote: state && {
      stepKey: state.stepKey,
      index: state.index,
      paused: state.paused,
      command: (command) => link.current?.send({ kind: 'command', command }),
    },
    year: consoleYear,
    chooseYear: (year) => {
      if (consoleYear === null || consoleYear === year) void chooseYear(cache, year);
      else link.current?.send({ kind: 'command', command: { year } });
    },
    report,
    openConsole: (url) => link.current?.open(url, CONSOLE_WINDOW) != null,
  };
}
