import { useEffect, useState } from 'react';

const TIME_OF_DAY = new Intl.DateTimeFormat('zh-CN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The time of day on this computer, e.g. '09:30:05'. */
export function timeOfDay(at: number): string {
  return TIME_OF_DAY.format(at);
}

/** A span of time as m:ss, or h:mm:ss from an hour on, e.g. '12:05', '1:02:09'; never negative. */
export function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Now, ticking each second: the meeting's clock (its start is the room's). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);
  return now;
}

/** Where the tour stands against its plan. */
export interface Pacing {
  readonly state: 'on-time' | 'behind' | 'ahead' | 'over';
  /** e.g. 「按时 · 剩余 12:30」, 「落后 2 站 · 剩余 3:05」, 「超时 1:10」. */
  readonly words: string;
}

/**
 * The tour against a plan of `planMinutes` over `count` stops, each given the same time (reveal.js's pacing):
 * after `elapsedMs` the stop due is the one whose share of the plan is running; the current stop (`index`,
 * 0-based) is on time there, behind before it, ahead after it. Past the plan, it is over time.
 */
export function pacing(planMinutes: number, elapsedMs: number, index: number, count: number): Pacing {
  const planMs = planMinutes * 60_000;
  // A clock just restarted may read a moment before its new start: that is the start.
  const since = Math.max(0, elapsedMs);
  if (since >= planMs) return { state: 'over', words: `超时 ${elapsed(since - planMs)}` };
  const left = `剩余 ${elapsed(planMs - since)}`;
  if (count === 0) return { state: 'on-time', words: `按时 · ${left}` };
  const due = Math.min(count - 1, Math.floor((since / planMs) * count));
  if (index === due) return { state: 'on-time', words: `按时 · ${left}` };
  return index < due
    ? { state: 'behind', words: `落后 ${due - index} 站 · ${left}` }
    : { state: 'ahead', words: `提前 ${index - due} 站 · ${left}` };
}
