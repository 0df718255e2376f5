import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useResourceCache } from '../../state/resources';
import { useDashboard } from '../../state/store';
import { chooseYear } from '../../state/years';
import { changeRoom, isNewer, LOST_AFTER_MS } from './presenter-link';
import type { LinkPayload, RoomState, ScreenStatus } from './presenter-link';
import { newWindowId, openLink } from './link-transport';
import type { Link } from './link-transport';
import { sameStatus } from './room-status';

/** Where a presentation screen's own 演讲者视图 button opens the console. */
export const CONSOLE_WINDOW = 'chucai-presenter-console';

/** The screen's side of the room. */
export interface RoomFollow {
  /** This window's id: it signs the rooms this screen makes. */
  readonly id: string;
  /** The room while a console is connected (the screen's own tour yields to it), else null. */
  readonly room: RoomState | null;
  /** Changes the room from this screen (its keys, its controls) while a console is connected. */
  change: (change: Partial<RoomState>) => void;
  /**
   * Chooses a year from this screen: while a console is connected, the room's year (every window follows);
   * alone, or the room's own year again (a 重试), the screen loads it itself.
   */
  chooseYear: (year: number) => void;
  /** Tells the room what this screen shows; the report goes out when it changes and with every heartbeat. */
  report: (status: ScreenStatus) => void;
  /** Opens the console in a window of its own; false if the browser blocked it. */
  openConsole: (url: string) => boolean;
  /**
   * The room a lone screen reports, from its own tour: its clock, plan and version carry on from the room it
   * followed last (its clock started when it opened, if it never followed one).
   */
  ownRoom: (tour: OwnTour) => RoomState;
}

/** What a screen's own tour holds of the room. */
export type OwnTour = Pick<RoomState, 'year' | 'filters' | 'stepKey' | 'index' | 'paused' | 'black'>;

/**
 * Makes a presentation screen follow the room's consoles: it says hello, then reports what it shows (with the
 * room it holds) on every change and heartbeat. The first room a console sends is taken as it is; after that,
 * any newer one. A room taken sets the screen's view (filters, and another year through chooseYear, pending
 * until its list is here) and its stop. Without a word from any console for LOST_AFTER_MS (or at the last one's
 * bye), the screen is on its own again and its tour carries on from the room's stop, paused if it was.
 */
export function useFollowRoom(): RoomFollow {
  const [id] = useState(newWindowId);
  const [room, setRoom] = useState<RoomState | null>(null);
  // The room followed last, kept when the console goes; and when this screen opened.
  const [followed, setFollowed] = useState<RoomState | null>(null);
  const [openedAt] = useState(() => Date.now());
  const held = useRef<RoomState | null>(null);
  const link = useRef<Link | null>(null);
  const status = useRef<ScreenStatus | null>(null);
  const cache = useResourceCache();
  const applyFilters = useDashboard((s) => s.applyFilters);

  // Filters first, in the same tick: the screen's steps then already match the room's stop key. Another year is
  // chosen once; while it comes (or after it failed) the room's repeats change nothing.
  const show = (next: RoomState) => {
    held.current = next;
    applyFilters(next.filters);
    const { year, pendingYear } = useDashboard.getState();
    if ((pendingYear ?? year) !== next.year) void chooseYear(cache, next.year);
    setRoom(next);
    setFollowed(next);
  };
  const showHeard = useEffectEvent(show);

  useEffect(() => {
    const consoles = new Map<string, number>();
    const lose = (from: string) => {
      window.clearTimeout(consoles.get(from));
      consoles.delete(from);
      if (consoles.size > 0) return;
      held.current = null;
      setRoom(null);
    };
    const beat = (): LinkPayload =>
      status.current ? { kind: 'status', status: status.current } : { kind: 'hello', role: 'screen' };
    const opened = openLink(
      (message) => {
        if (message.kind === 'state') {
          // Alone until now, the screen takes the console's room as it is; following, only a newer one.
          if (consoles.size === 0 || isNewer(message.room, held.current)) showHeard(message.room);
          window.clearTimeout(consoles.get(message.from));
          consoles.set(
            message.from,
            window.setTimeout(() => lose(message.from), LOST_AFTER_MS),
          );
        } else if (message.kind === 'hello' && message.role === 'console') {
          // A console that just opened adopts the room from this report.
          opened.send(beat());
        } else if (message.kind === 'bye' && consoles.has(message.from)) {
          lose(message.from);
        }
      },
      beat,
      { kind: 'bye', role: 'screen' },
      id,
    );
    link.current = opened;
    opened.send(beat());
    return () => {
      for (const timer of consoles.values()) window.clearTimeout(timer);
      opened.close();
      link.current = null;
    };
  }, [id]);

  const report = useCallback((next: ScreenStatus) => {
    if (status.current && sameStatus(status.current, next)) return;
    status.current = next;
    link.current?.send({ kind: 'status', status: next });
  }, []);

  const ownRoom = useCallback(
    (tour: OwnTour): RoomState => ({
      ...tour,
      startedAt: followed?.startedAt ?? openedAt,
      plan: followed?.plan ?? null,
      version: followed?.version ?? 0,
      by: followed?.by ?? id,
    }),
    [followed, openedAt, id],
  );

  const change = (patch: Partial<RoomState>) => {
    if (!held.current) return;
    show(changeRoom(held.current, id, patch));
  };
  return {
    id,
    room,
    change,
    chooseYear: (year) => {
      if (room === null || room.year === year) void chooseYear(cache, year);
      else change({ year });
    },
    report,
    openConsole: (url) => link.current?.open(url, CONSOLE_WINDOW) != null,
    ownRoom,
  };
}
