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

/** The clock of the meeting: now (ticking each second), when it started, and a way to start it again. */
export function useMeetingClock(): { now: number; start: number; restart: () => void } {
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState(now);
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);
  return {
    now,
    start,
    restart: () => {
      const at = Date.now();
      setStart(at);
      setNow(at);
    },
  };
}
