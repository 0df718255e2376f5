import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { sameFilters } from '../../state/filters';
import { useDashboard } from '../../state/store';
import { LOST_AFTER_MS } from './presenter-link';
import type { ConsoleState, LinkPayload } from './presenter-link';
import { openLink } from './link-transport';
import type { Link } from './link-transport';
import type { TourRemote } from './use-tour';

/** Where a presentation screen's own 演讲者视图 button opens the console. */
export const CONSOLE_WINDOW = 'chucai-presenter-console';

const HEARTBEAT = (): LinkPayload => ({ kind: 'heartbeat' });

/** The screen's side of the link. */
export interface ConsoleFollow {
  /** The console's tour while one is connected (the screen's own timer yields to it), else null. */
  readonly remote: TourRemote | null;
  /** Opens the console in a window of its own; false if the browser blocked it. */
  openConsole: (url: string) => boolean;
}

/**
 * Makes a presentation screen follow a presenter console: it says hello and keeps saying it is there; each state
 * the console sends sets the screen's filters and stop. Without a state for LOST_AFTER_MS (or on the console's
 * bye) the screen is on its own again and its tour carries on.
 */
export function useFollowConsole(): ConsoleFollow {
  const [state, setState] = useState<ConsoleState | null>(null);
  const link = useRef<Link | null>(null);
  const applyFilters = useDashboard((s) => s.applyFilters);

  const onState = useEffectEvent((next: ConsoleState) => {
    // Filters first, in the same tick: the screen's steps then already match the console's stop key.
    applyFilters(next.filters);
    setState((before) =>
      before &&
      before.stepKey === next.stepKey &&
      before.index === next.index &&
      before.paused === next.paused &&
      sameFilters(before.filters, next.filters)
        ? before
        : next,
    );
  });

  useEffect(() => {
    let lost = 0;
    // The console followed; other screens' goodbyes (they hear each other too) are not its.
    let leader: string | null = null;
    const forget = () => {
      leader = null;
      setState(null);
    };
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
    }, HEARTBEAT);
    link.current = opened;
    opened.send({ kind: 'hello' });
    return () => {
      window.clearTimeout(lost);
      opened.close();
      link.current = null;
    };
  }, []);

  return {
    remote: state && {
      stepKey: state.stepKey,
      index: state.index,
      paused: state.paused,
      command: (command) => link.current?.send({ kind: 'command', command }),
    },
    openConsole: (url) => link.current?.open(url, CONSOLE_WINDOW) != null,
  };
}
