import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { changeRoom, isNewer, JOIN_MS, LOST_AFTER_MS } from './presenter-link';
import type { RoomState, ScreenStatus } from './presenter-link';
import { newWindowId, openLink } from './link-transport';
import type { Link } from './link-transport';
import { sameStatus } from './room-status';

/** Where the console's 打开放映窗口 opens the screen (pressed again, it brings back the same window). */
export const SCREEN_WINDOW = 'chucai-presenter-screen';

/** The console's side of the room. */
export interface ConsoleRoom {
  /** The room as this console holds it: its own, or the newest it heard. */
  readonly room: RoomState;
  /**
   * Just opened and still listening for a room already running (a screen, another console): the console
   * changes nothing meanwhile, so a reloaded or second console never drags the room back to its start.
   */
  readonly joining: boolean;
  /** The screens in the room now: each one's last report, or null before its first. */
  readonly screens: readonly (ScreenStatus | null)[];
  /** Another console in the room (its changes are this one's, and the other way round). */
  readonly otherConsoles: number;
  /** Changes the room: a new version, sent to every window at once. */
  change: (change: Partial<RoomState>) => void;
  /** Opens a screen in a window of its own; false if the browser blocked it. */
  openScreen: (url: string) => boolean;
}

/** A map of windows heard lately: each one forgotten after LOST_AFTER_MS of silence or at its bye. */
function useWindows<T>() {
  const [windows, setWindows] = useState<ReadonlyMap<string, T>>(new Map());
  const timers = useRef(new Map<string, number>());
  const drop = (id: string) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setWindows((before) => {
      if (!before.has(id)) return before;
      const after = new Map(before);
      after.delete(id);
      return after;
    });
  };
  const heard = (id: string, update: (known: T | undefined) => T) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.set(
      id,
      window.setTimeout(() => drop(id), LOST_AFTER_MS),
    );
    setWindows((before) => {
      const known = before.get(id);
      const next = update(known);
      return before.has(id) && next === known ? before : new Map(before).set(id, next);
    });
  };
  const forgetAll = () => {
    for (const timer of timers.current.values()) window.clearTimeout(timer);
    timers.current.clear();
  };
  return { windows, heard, drop, forgetAll };
}

/**
 * Makes this console one of the room's leaders. On opening it says hello and listens for JOIN_MS: a room already
 * running (a screen's report, another console's state) is adopted as it is — its stop, pause, filters, year,
 * clock and plan — through `adopt`, which puts the filters and the year into this console's view. Then it sends
 * the room on every change and every HEARTBEAT_MS, and takes any newer room it hears (another console's change,
 * or a screen's key, also relayed by a screen where two consoles cannot hear each other, as from a file).
 * `initial` is the room this console would start: its own view, the first stop, now.
 */
export function useConsoleRoom(
  initial: () => Omit<RoomState, 'version' | 'by'>,
  adopt: (room: RoomState) => void,
): ConsoleRoom {
  const [id] = useState(newWindowId);
  const [room, setRoom] = useState<RoomState>(() => ({ ...initial(), version: 0, by: id }));
  const [joining, setJoining] = useState(true);
  const latest = useRef(room);
  const settled = useRef(false);
  const link = useRef<Link | null>(null);
  const screens = useWindows<ScreenStatus | null>();
  const consoles = useWindows<true>();

  const take = useEffectEvent((next: RoomState) => {
    latest.current = next;
    setRoom(next);
    adopt(next);
  });
  const settle = useEffectEvent(() => {
    settled.current = true;
    setJoining(false);
  });
  // A room heard: the first one adopted while joining, whatever it is; later only a newer one.
  const consider = useEffectEvent((next: RoomState, following: boolean) => {
    if (!settled.current) {
      take(next);
      settle();
    } else if (following && isNewer(next, latest.current)) take(next);
  });
  const heardScreen = useEffectEvent((from: string, status: ScreenStatus | null) =>
    screens.heard(from, (known) =>
      status === null || (known && sameStatus(known, status)) ? (known ?? null) : status,
    ),
  );

  useEffect(() => {
    const opened = openLink(
      (message) => {
        const { from } = message;
        switch (message.kind) {
          case 'hello':
            if (message.role === 'screen') heardScreen(from, null);
            else consoles.heard(from, () => true);
            // A window that just came gets the room at once rather than at the next heartbeat.
            if (settled.current) opened.send({ kind: 'state', room: latest.current });
            return;
          case 'state':
            consoles.heard(from, () => true);
            return consider(message.room, true);
          case 'status':
            heardScreen(from, message.status);
            // A screen following a console holds the room; one alone holds only its own tour.
            return consider(message.status.room, message.status.following);
          case 'bye':
            return message.role === 'screen' ? screens.drop(from) : consoles.drop(from);
        }
      },
      // The room again is the console's heartbeat: a window that missed a change catches up with it.
      () => (settled.current ? { kind: 'state', room: latest.current } : { kind: 'hello', role: 'console' }),
      { kind: 'bye', role: 'console' },
      id,
    );
    link.current = opened;
    opened.send({ kind: 'hello', role: 'console' });
    // Nobody answered: the room is this console's own.
    const alone = window.setTimeout(() => {
      if (settled.current) return;
      settle();
      opened.send({ kind: 'state', room: latest.current });
    }, JOIN_MS);
    return () => {
      window.clearTimeout(alone);
      screens.forgetAll();
      consoles.forgetAll();
      opened.close();
      link.current = null;
    };
    // The link lives as long as the console.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  return {
    room,
    joining,
    screens: [...screens.windows.values()],
    otherConsoles: consoles.windows.size,
    change: (change) => {
      const next = changeRoom(latest.current, id, change);
      latest.current = next;
      settled.current = true;
      setJoining(false);
      setRoom(next);
      link.current?.send({ kind: 'state', room: next });
    },
    openScreen: (url) => link.current?.open(url, SCREEN_WINDOW) != null,
  };
}
