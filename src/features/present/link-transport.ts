import { createDeduper, HEARTBEAT_MS, parseMessage, toWire } from './presenter-link';
import type { LinkMessage, LinkPayload } from './presenter-link';

const CHANNEL_NAME = 'chucai-presenter';

/** One window's end of the presenter link. */
export interface Link {
  /** Sends to every window listening: all of this origin's (BroadcastChannel), and the opener and the opened. */
  send: (payload: LinkPayload) => void;
  /** Opens (or reuses, by name) a window that this one then talks to directly; null if a blocker stopped it. */
  open: (url: string, name: string) => Window | null;
  /** Says bye and stops listening and beating. */
  close: () => void;
}

/** A new window's id on the link: unique enough among the few windows of one meeting. */
export function newWindowId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

/**
 * Opens this window's end of the link. Messages go out two ways and each is read once (see createDeduper):
 * - BroadcastChannel, which reaches every window of the same origin, however it was opened;
 * - postMessage to the window that opened this one and to those this one opened (reveal.js's speaker view does
 *   this). That also works where BroadcastChannel does not reach: a page opened from disk (file://) has an
 *   opaque origin of its own. Such a message is read only from a window we know (event.source), and, served,
 *   only from our own origin.
 * Every HEARTBEAT_MS it sends `beat()`, which tells the other side this window is still there; when the page
 * goes (closed, reloaded, navigated away) it says `farewell` (a bye), so the other side need not wait for the silence.
 * `from` is this window's id, which signs its messages.
 */
export function openLink(
  onMessage: (message: LinkMessage) => void,
  beat: () => LinkPayload,
  farewell: LinkPayload,
  from: string = newWindowId(),
): Link {
  let seq = 0;
  const fresh = createDeduper();
  const opened = new Set<Window>();
  const fromFile = window.location.protocol === 'file:';
  // A file's origin is opaque ("null"), which postMessage cannot name; the peers are checked by source instead.
  const targetOrigin = fromFile ? '*' : window.location.origin;

  const peers = (): Window[] => {
    for (const w of opened) if (w.closed) opened.delete(w);
    const opener = window.opener as Window | null;
    return opener && !opener.closed ? [opener, ...opened] : [...opened];
  };
  const receive = (data: unknown) => {
    const message = parseMessage(data);
    if (message && message.from !== from && fresh(message)) onMessage(message);
  };

  const channel = openChannel();
  if (channel) channel.onmessage = (event: MessageEvent) => receive(event.data);
  const onWindowMessage = (event: MessageEvent) => {
    if (!peers().some((w) => w === event.source)) return;
    if (!fromFile && event.origin !== window.location.origin) return;
    receive(event.data);
  };
  window.addEventListener('message', onWindowMessage);

  const send = (payload: LinkPayload) => {
    const wire = toWire({ ...payload, from, seq: ++seq } as LinkMessage);
    channel?.postMessage(wire);
    for (const peer of peers()) {
      try {
        peer.postMessage(wire, targetOrigin);
      } catch (error) {
        // A peer navigated away to another origin: it is no longer ours to talk to.
        console.warn('演讲者视图：消息未能送达一个窗口', error);
      }
    }
  };
  const beating = window.setInterval(() => send(beat()), HEARTBEAT_MS);
  const leave = () => send(farewell);
  window.addEventListener('pagehide', leave);

  return {
    send,
    open: (url, name) => {
      const win = window.open(url, name);
      if (win) opened.add(win);
      return win;
    },
    close: () => {
      leave();
      window.clearInterval(beating);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('message', onWindowMessage);
      channel?.close();
    },
  };
}
