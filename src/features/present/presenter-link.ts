import { CATEGORY_KEYS, LEVEL_KEYS, lists, PREFECTURE_CODES } from '../../data';
import type { Category, Level } from '../../data';
import { clipQuery } from '../../state/filters';
import type { Filters } from '../../state/filters';
import type { MissingPart } from '../../state/scene';
import type { TourCommand } from './use-tour';

// The messages between a presenter console and the screens that follow it (see link-transport.ts for how they
// travel). The console repeats its state every HEARTBEAT_MS, each screen its status as often; a side that hears
// nothing from the other for LOST_AFTER_MS counts it gone. Screens may come and go, any number of them.

/** How often each side says it is still there. */
export const HEARTBEAT_MS = 500;
/** Silence after which the other side counts as gone: three heartbeats missed, well inside the 2 s promised. */
export const LOST_AFTER_MS = 1_500;

/** What a screen needs to show what the console shows: the console's view, year included, and its stop. */
export interface ConsoleState {
  /** The year whose list the console shows. */
  readonly year: number;
  readonly filters: Filters;
  /** The current stop's key (TourStep.key), or null when nothing matches. */
  readonly stepKey: string | null;
  /** The current stop's 0-based index: the fallback while a screen's steps catch up with new filters. */
  readonly index: number;
  readonly paused: boolean;
}

/** What a screen shows, for the console to tell the room's state: its year, its stop, and what it lacks. */
export interface ScreenStatus {
  /** The year whose list the screen shows. */
  readonly year: number;
  readonly stepKey: string | null;
  readonly paused: boolean;
  /** The parts of its scene still loading or failed (a year's list, a county map), in words. */
  readonly missing: readonly MissingPart[];
}

/** What a control on a screen asks of the console: a tour command, or another year. */
export type ScreenCommand = TourCommand | { readonly year: number };

/** One message; `from` names the sending window, `seq` counts its messages (the same one may come two ways). */
export type LinkMessage = { readonly from: string; readonly seq: number } & (
  | { readonly kind: 'state'; readonly state: ConsoleState }
  | { readonly kind: 'hello' }
  | { readonly kind: 'status'; readonly status: ScreenStatus }
  | { readonly kind: 'command'; readonly command: ScreenCommand }
  | { readonly kind: 'bye' }
);

type Unsigned<M> = M extends LinkMessage ? Omit<M, 'from' | 'seq'> : never;
/** A message before the link signs and numbers it. */
export type LinkPayload = Unsigned<LinkMessage>;

/** Tag on every message, so the link ignores other postMessage traffic (browser extensions, other apps). */
export const LINK_TAG = 'chucai-presenter/2';

const COMMANDS: readonly TourCommand[] = ['next', 'previous', 'toggle-pause'];
const MISSING_STATUSES: readonly MissingPart['status'][] = ['loading', 'failed'];
/** A scene lacks a few parts at most (a pending year's list, a county map); more is not a scene's. */
const MAX_MISSING = 4;
/** 「南阳市县区地图」, 「2030年度名单」: a part's name is short. */
const MAX_PART_NAME = 40;

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

const isYear = (value: unknown, years: readonly number[]): value is number =>
  typeof value === 'number' && years.includes(value);

const isStepKey = (value: unknown): value is string | null => value === null || typeof value === 'string';

function parseState(value: unknown, years: readonly number[]): ConsoleState | null {
  if (!isObject(value)) return null;
  const filters = parseFilters(value.filters);
  const { year, stepKey, index, paused } = value;
  if (!filters || !isYear(year, years) || typeof paused !== 'boolean' || !isStepKey(stepKey)) return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return { year, filters, stepKey, index, paused };
}

function parseMissingPart(value: unknown): MissingPart | null {
  if (!isObject(value)) return null;
  const { what, status } = value;
  if (typeof what !== 'string' || what === '' || what.length > MAX_PART_NAME) return null;
  return MISSING_STATUSES.includes(status as MissingPart['status'])
    ? { what, status: status as MissingPart['status'] }
    : null;
}

function parseStatus(value: unknown, years: readonly number[]): ScreenStatus | null {
  if (!isObject(value)) return null;
  const { year, stepKey, paused, missing } = value;
  if (!isYear(year, years) || typeof paused !== 'boolean' || !isStepKey(stepKey)) return null;
  if (!Array.isArray(missing) || missing.length > MAX_MISSING) return null;
  const parts = missing.map(parseMissingPart);
  return parts.every((p) => p !== null) ? { year, stepKey, paused, missing: parts } : null;
}

function parseCommand(value: unknown, years: readonly number[]): ScreenCommand | null {
  if (COMMANDS.includes(value as TourCommand)) return value as TourCommand;
  return isObject(value) && isYear(value.year, years) ? { year: value.year } : null;
}

/** Wraps a message for the wire. */
export function toWire(message: LinkMessage): Loose {
  return { tag: LINK_TAG, ...message };
}

/**
 * Reads a message off the wire: anything malformed or foreign is null, never thrown on. A year is one that has a
 * list (`years`, the app's own unless a test gives others).
 */
export function parseMessage(data: unknown, years: readonly number[] = lists.years): LinkMessage | null {
  if (!isObject(data) || data.tag !== LINK_TAG) return null;
  const { from, seq, kind } = data;
  if (typeof from !== 'string' || from === '' || typeof seq !== 'number' || !Number.isInteger(seq))
    return null;
  const head = { from, seq };
  switch (kind) {
    case 'hello':
    case 'bye':
      return { ...head, kind };
    case 'command': {
      const command = parseCommand(data.command, years);
      return command ? { ...head, kind, command } : null;
    }
    case 'state': {
      const state = parseState(data.state, years);
      return state ? { ...head, kind, state } : null;
    }
    case 'status': {
      const status = parseStatus(data.status, years);
      return status ? { ...head, kind, status } : null;
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
