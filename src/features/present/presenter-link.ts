import { CATEGORY_KEYS, LEVEL_KEYS, lists, PREFECTURE_CODES } from '../../data';
import type { Category, Level } from '../../data';
import { clipQuery, sameFilters } from '../../state/filters';
import type { Filters } from '../../state/filters';
import type { MissingPart } from '../../state/scene';
import type { Theme } from '../../state/theme-storage';

// The messages between the windows of a meeting: consoles (演讲者视图) and the screens that follow them (see
// link-transport.ts for how they travel). Each window holds the room (RoomState) and sends it: a console as its
// state, a screen inside its status, on every change and every HEARTBEAT_MS; a side that hears nothing from the
// other for LOST_AFTER_MS counts it gone. Consoles and screens may come and go, any number of them.

/** How often each side says it is still there. */
export const HEARTBEAT_MS = 500;
/** Silence after which the other side counts as gone: three heartbeats missed, well inside the 2 s promised. */
export const LOST_AFTER_MS = 1_500;
/**
 * How long a console that just opened listens for the room before it counts the room empty: every screen and
 * console answers its hello at once and beats every HEARTBEAT_MS, so one beat and a margin hears them all.
 */
export const JOIN_MS = HEARTBEAT_MS + 200;

/**
 * The room: what every window of a meeting shows, held by each of them. A window that changes it (an operator's
 * key, a console's timer, a screen's own control) makes a new version, one past the newest it holds; every
 * window takes the newest version it hears (see isNewer). So any console, reloaded or second, and any screen end
 * up with the same room, and the room outlives every window but the last.
 */
export interface RoomState {
  /** The year chosen (its list may still be coming on some window). */
  readonly year: number;
  readonly filters: Filters;
  /** The current stop's key (TourStep.key), or null when nothing matches. */
  readonly stepKey: string | null;
  /** The current stop's 0-based index: the fallback while a window's steps catch up with new filters. */
  readonly index: number;
  readonly paused: boolean;
  /** The screens are black (B or .), the tour standing still, until the same key brings them back. */
  readonly black: boolean;
  /** When the meeting's clock (已用) started, in ms since the epoch. */
  readonly startedAt: number;
  /** The planned length of the tour in minutes, or null when none was given. */
  readonly plan: number | null;
  /** How many changes led to this room; with `by`, orders rooms (see isNewer). */
  readonly version: number;
  /** The window that made this version. */
  readonly by: string;
}

/** Whether `a` is a later room than `b`: a higher version, or the same version made by a window later in order. */
export function isNewer(a: RoomState, b: RoomState | null): boolean {
  if (b === null) return true;
  return a.version !== b.version ? a.version > b.version : a.by > b.by;
}

/** Whether two rooms are the same in every field (a heartbeat repeats the room; a lone screen's tour moves it). */
export function sameRoom(a: RoomState, b: RoomState): boolean {
  return (
    a.version === b.version &&
    a.by === b.by &&
    a.year === b.year &&
    a.stepKey === b.stepKey &&
    a.index === b.index &&
    a.paused === b.paused &&
    a.black === b.black &&
    a.startedAt === b.startedAt &&
    a.plan === b.plan &&
    sameFilters(a.filters, b.filters)
  );
}

/** The room after a change made by window `by`. */
export function changeRoom(room: RoomState, by: string, change: Partial<RoomState>): RoomState {
  return { ...room, ...change, version: room.version + 1, by };
}

/** What a screen shows, for a console to adopt (the room) and to tell (what the screen lacks). */
export interface ScreenStatus {
  /** The room as this screen holds it: followed from a console, or its own tour's while alone. */
  readonly room: RoomState;
  /** Whether it follows a console now (else its room is its own tour's, and no console takes it once settled). */
  readonly following: boolean;
  /** The year whose list the screen shows (the room's, once its list is here). */
  readonly year: number;
  /** The stop it shows (null while it waits for the room's year). */
  readonly stepKey: string | null;
  /** The parts of its scene still loading or failed (a year's list, a county map), in words. */
  readonly missing: readonly MissingPart[];
  /** Its colours (深色 or not), so a console's pictures of the room are in the screen's. */
  readonly theme: Theme;
}

/** Which side a window is: a console leads the tour, a screen shows it. */
export type Role = 'console' | 'screen';

/** One message; `from` names the sending window, `seq` counts its messages (the same one may come two ways). */
export type LinkMessage = { readonly from: string; readonly seq: number } & (
  | { readonly kind: 'hello'; readonly role: Role }
  | { readonly kind: 'state'; readonly room: RoomState }
  | { readonly kind: 'status'; readonly status: ScreenStatus }
  | { readonly kind: 'bye'; readonly role: Role }
);

type Unsigned<M> = M extends LinkMessage ? Omit<M, 'from' | 'seq'> : never;
/** A message before the link signs and numbers it. */
export type LinkPayload = Unsigned<LinkMessage>;

/** Tag on every message, so the link ignores other postMessage traffic (browser extensions, other apps). */
export const LINK_TAG = 'chucai-presenter/3';

const ROLES: readonly Role[] = ['console', 'screen'];
const THEMES: readonly Theme[] = ['light', 'dark'];
const MISSING_STATUSES: readonly MissingPart['status'][] = ['loading', 'failed'];
/** A scene lacks a few parts at most (a pending year's list, a county map); more is not a scene's. */
const MAX_MISSING = 4;
/** 「南阳市县区地图」, 「2030年度名单」: a part's name is short. */
const MAX_PART_NAME = 40;
/** A window's id is short (see link-transport.ts). */
const MAX_ID = 40;
/** A meeting is planned in whole minutes, up to a long day. */
const MAX_PLAN_MINUTES = 600;

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
const isIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= MAX_ID;
const isPlan = (value: unknown): value is number | null =>
  value === null ||
  (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_PLAN_MINUTES);

function parseRoom(value: unknown, years: readonly number[]): RoomState | null {
  if (!isObject(value)) return null;
  const filters = parseFilters(value.filters);
  const { year, stepKey, index, paused, black, startedAt, plan, version, by } = value;
  if (!filters || !isYear(year, years) || !isStepKey(stepKey) || !isIndex(index)) return null;
  if (typeof paused !== 'boolean' || typeof black !== 'boolean' || !isPlan(plan)) return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || !isIndex(version) || !isId(by))
    return null;
  return { year, filters, stepKey, index, paused, black, startedAt, plan, version, by };
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
  const room = parseRoom(value.room, years);
  const { following, year, stepKey, missing, theme } = value;
  if (!room || typeof following !== 'boolean' || !isYear(year, years) || !isStepKey(stepKey)) return null;
  if (!THEMES.includes(theme as Theme)) return null;
  if (!Array.isArray(missing) || missing.length > MAX_MISSING) return null;
  const parts = missing.map(parseMissingPart);
  return parts.every((p) => p !== null)
    ? { room, following, year, stepKey, missing: parts, theme: theme as Theme }
    : null;
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
  if (!isId(from) || typeof seq !== 'number' || !Number.isInteger(seq)) return null;
  const head = { from, seq };
  switch (kind) {
    case 'hello':
    case 'bye':
      return ROLES.includes(data.role as Role) ? { ...head, kind, role: data.role as Role } : null;
    case 'state': {
      const room = parseRoom(data.room, years);
      return room ? { ...head, kind, room } : null;
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
