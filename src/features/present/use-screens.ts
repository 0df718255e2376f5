import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { LOST_AFTER_MS } from './presenter-link';
import type { ConsoleState, ScreenCommand, ScreenStatus } from './presenter-link';
import { openLink } from './link-transport';
import type { Link } from './link-transport';
import { sameStatus } from './room-status';

/** Where the console's 打开放映窗口 opens the screen (pressed again, it brings back the same window). */
export const SCREEN_WINDOW = 'chucai-presenter-screen';

/** The console's side of the link. */
export interface Screens {
  /** The screens that follow the console now: each one's last report, or null before its first. */
  readonly statuses: readonly (ScreenStatus | null)[];
  /** Opens a screen in a window of its own; false if the browser blocked it. */
  openScreen: (url: string) => boolean;
}

type Room = ReadonlyMap<string, ScreenStatus | null>;

/**
 * Makes the console the leader of any number of screens: it sends its state whenever it changes, and again every
 * HEARTBEAT_MS (which is how a screen knows it is still there, and how a screen that missed a message catches
 * up); it keeps the screens it has heard from in the last LOST_AFTER_MS with their reports (what each shows), and
 * runs the commands they forward (the keys pressed and the year chosen on a screen).
 */
export function useScreens(state: ConsoleState, onCommand: (command: ScreenCommand) => void): Screens {
  const [room, setRoom] = useState<Room>(new Map());
  const link = useRef<Link | null>(null);
  const latest = useRef(state);
  const command = useEffectEvent(onCommand);

  useEffect(() => {
    const timers = new Map<string, number>();
    const drop = (id: string) => {
      window.clearTimeout(timers.get(id));
      timers.delete(id);
      setRoom((before) => {
        if (!before.has(id)) return before;
        const after = new Map(before);
        after.delete(id);
        return after;
      });
    };
    // A report changes the room only when it says something new (every heartbeat repeats it).
    const heard = (id: string, status: ScreenStatus | null) =>
      setRoom((before) => {
        const known = before.get(id);
        if (known !== undefined && (status === null || (known !== null && sameStatus(known, status))))
          return before;
        return new Map(before).set(id, status ?? known ?? null);
      });
    const opened = openLink(
      (message) => {
        const id = message.from;
        if (message.kind === 'bye') return drop(id);
        if (message.kind === 'state') return;
        window.clearTimeout(timers.get(id));
        timers.set(
          id,
          window.setTimeout(() => drop(id), LOST_AFTER_MS),
        );
        heard(id, message.kind === 'status' ? message.status : null);
        // A new screen gets the state at once rather than at the next heartbeat.
        if (message.kind === 'hello') opened.send({ kind: 'state', state: latest.current });
        if (message.kind === 'command') command(message.command);
      },
      // The state again is the console's heartbeat: a screen that missed a change catches up with it.
      () => ({ kind: 'state', state: latest.current }),
    );
    link.current = opened;
    return () => {
      for (const timer of timers.values()) window.clearTimeout(timer);
      opened.close();
      link.current = null;
    };
  }, []);

  // Every change goes out at once: the screens follow within a frame or two, not at the next heartbeat.
  const { year, filters, stepKey, index, paused } = state;
  useEffect(() => {
    latest.current = { year, filters, stepKey, index, paused };
    link.current?.send({ kind: 'state', state: latest.current });
  }, [year, filters, stepKey, index, paused]);

  return {
    statuses: [...room.values()],
    openScreen: (url) => link.current?.open(url, SCREEN_WINDOW) != null,
  };
}
