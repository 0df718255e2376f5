import { CATEGORY_KEYS, LEVEL_KEYS, PREFECTURE_CODES } from '../../data';
import type { Category, Level } from '../../data';
import { clipQuery } from '../../state/filters';
import type { Filters } from '../../state/filters';
import type { TourCommand } from './use-tour';

// The messages between a presenter console and the screens that follow it (see link-transport.ts for how they
// travel). The console repeats its state every HEARTBEAT_MS, each screen says it is there as often; a side that
// hears nothing from the other for LOST_AFTER_MS counts it gone. Screens may come and go, any number of them.

/** How often each side says it is still there. */
export const HEARTBEAT_MS = 500;
/** Silence after which the other side counts as gone: three heartbeats missed, well inside the 2 s promised. */
export const LOST_AFTER_MS = 1_500;

/** What a screen needs to show what the console shows. */
export interface ConsoleState {
  readonly filters: Filters;
  /** The current stop's key (TourStep.key), or null when nothing matches. */
  readonly stepKey: string | null;
  /** The current stop's 0-based index: the fallback while a screen's steps catch up with new filters. */
  readonly index: number;
  readonly paused: boolean;
}

/** One message; `from` names the sending window, `seq` counts its messages (the same one may come two ways). */
export type LinkMessage = { readonly from: string; readonly seq: number } & (
  | { readonly kind: 'state'; readonly state: ConsoleState }
  | { readonly kind: 'hello' }
  | { readonly kind: 'heartbeat' }
  | { readonly kind: 'command'; readonly command: TourCommand }
  | { readonly kind: 'bye' }
);

type Unsigned<M> = M extends LinkMessage ? Omit<M, 'from' | 'seq'> : never;
/** A message before the link signs and numbers it. */
export type LinkPayload = Unsigned<LinkMessage>;

/** Tag on every message, so the link ignores other postMessage traffic (browser extensions, other apps). */
export const LINK_TAG = 'chucai-presenter/1';

const COMMANDS: readonly TourCommand[] = ['next', 'previous', 'toggle-pause'];

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

function pickAll<T extends string>(value: unknown, allowed: readonly T[]): T[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((v) => allowed.includes(v as T)) ? allowed.filter((k) => value.includes(k)) : null;
}

function parseFilters(value: unknown): Filters | null {
  if (!isObject(value)) return null;
  const categories = pickAll<Category>(value.categories, CATEGORY_KEYS);
  const levels = pickAll<Level>(value.levels, LEVEL_KEYS);
  const { region, county, query } = value;
  if (!categories || !levels || typeof query !== 'string') return null;
  if (region !== null && !(typeof region === 'string' && PREFECTURE_CODES.has(region))) return null;
  if (county !== null && !(typeof county === 'string' && /^\d{6}$/.test(county) && region !== null))
    return null;
  return { categories, levels, region, county, query: clipQuery(query) };
}

function parseState(value: unknown): ConsoleState | null {
  if (!isObject(value)) return null;
  const filters = parseFilters(value.filters);
  const { stepKey, index, paused } = value;
  if (!filters || typeof paused !== 'boolean') return null;
  if (stepKey !== null && typeof stepKey !== 'string') return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return { filters, stepKey, index, paused };
}

/** Wraps a message for the wire. */
export function toWire(message: LinkMessage): Loose {
  return { tag: LINK_TAG, ...message };
}

/** Reads a message off the wire: anything malformed or foreign is null, never thrown on. */
export function parseMessage(data: unknown): LinkMessage | null {
  if (!isObject(data) || data.tag !== LINK_TAG) return null;
  const { from, seq, kind } = data;
  if (typeof from !== 'string' || from === '' || typeof seq !== 'number' || !Number.isInteger(seq))
    return null;
  const head = { from, seq };
  switch (kind) {
    case 'hello':
    case 'heartbeat':
    case 'bye':
      return { ...head, kind };
    case 'command':
      return COMMANDS.includes(data.command as TourCommand)
        ? { ...head, kind, command: data.command as TourCommand }
        : null;
    case 'state': {
      const state = parseState(data.state);
      return state ? { ...head, kind, state } : null;
    }
    default:
      return null;
  }
}

/**
 * Drops a message already seen: the link sends each message on every way it has (BroadcastChannel and
 * postMessage), so one message may arrive twice, and an older one after a newer.
 */
export function createDeduper(): (message: LinkMessage) => boolean {
  const last = new Map<string, number>();
  return (message) => {
    const seen = last.get(message.from);
    if (seen !== undefined && message.seq <= seen) return false;
    last.set(message.from, message.seq);
    return true;
  };
}
