import { lists } from '../../../data';
import { EMPTY_FILTERS } from '../../../state/filters';
import {
  changeRoom,
  createDeduper,
  isNewer,
  LINK_TAG,
  parseMessage,
  sameRoom,
  toWire,
} from '../presenter-link';
import type { LinkMessage, RoomState, ScreenStatus } from '../presenter-link';

/** The years that have a list, as the parser is told them. */
const YEARS = [2031, 2030];

const ROOM: RoomState = {
  year: 2030,
  filters: { ...EMPTY_FILTERS, levels: ['county'], region: '411300', county: '411302', query: '代表' },
  stepKey: '411300',
  index: 3,
  paused: true,
  black: false,
  startedAt: 1_800_000_000_000,
  plan: 20,
  version: 7,
  by: 'console-a',
};

const STATUS: ScreenStatus = {
  room: ROOM,
  following: true,
  year: 2031,
  stepKey: '411300',
  missing: [
    { what: '2030年度名单', status: 'loading' },
    { what: '南阳市县区地图', status: 'failed' },
  ],
  theme: 'light',
};

const parse = (data: unknown) => parseMessage(data, YEARS);

const wire = (message: LinkMessage) => JSON.parse(JSON.stringify(toWire(message))) as unknown;

describe('parseMessage', () => {
  it('reads back every kind of message it wrote (through structured-clone-like copying)', () => {
    const messages: LinkMessage[] = [
      { from: 'a', seq: 1, kind: 'hello', role: 'screen' },
      { from: 'a', seq: 2, kind: 'status', status: STATUS },
      { from: 'a', seq: 3, kind: 'status', status: { ...STATUS, stepKey: null, missing: [] } },
      { from: 'b', seq: 6, kind: 'state', room: ROOM },
      { from: 'b', seq: 7, kind: 'state', room: { ...ROOM, plan: null, black: true } },
      { from: 'b', seq: 8, kind: 'bye', role: 'console' },
    ];
    for (const message of messages) expect(parse(wire(message))).toEqual(message);
  });

  it('ignores other postMessage traffic and anything malformed, without throwing', () => {
    const good = toWire({ from: 'a', seq: 1, kind: 'state', room: ROOM });
    const status = toWire({ from: 'a', seq: 1, kind: 'status', status: STATUS });
    const hello = toWire({ from: 'a', seq: 1, kind: 'hello', role: 'console' });
    const part = STATUS.missing[0]!;
    const bad: unknown[] = [
      null,
      'hello',
      { type: 'webpackOk' },
      { ...good, tag: 'someone-else' },
      { ...good, tag: 'chucai-presenter/2' },
      { ...good, from: '' },
      { ...good, seq: 1.5 },
      { ...good, kind: 'reload' },
      { ...good, kind: 'command' },
      { ...hello, role: 'audience' },
      { ...hello, role: undefined },
      { ...good, room: { ...ROOM, year: 1999 } },
      { ...good, room: { ...ROOM, year: undefined } },
      { ...good, room: { ...ROOM, index: -1 } },
      { ...good, room: { ...ROOM, paused: 'yes' } },
      { ...good, room: { ...ROOM, black: 0 } },
      { ...good, room: { ...ROOM, plan: 0 } },
      { ...good, room: { ...ROOM, plan: 12.5 } },
      { ...good, room: { ...ROOM, plan: 601 } },
      { ...good, room: { ...ROOM, startedAt: Number.NaN } },
      { ...good, room: { ...ROOM, version: -1 } },
      { ...good, room: { ...ROOM, by: '' } },
      { ...good, room: { ...ROOM, filters: { ...ROOM.filters, levels: ['town'] } } },
      { ...good, room: { ...ROOM, filters: { ...ROOM.filters, region: '999999' } } },
      { ...good, room: { ...ROOM, filters: { ...ROOM.filters, region: null } } },
      { ...good, room: { ...ROOM, filters: { ...ROOM.filters, query: 5 } } },
      { ...status, status: { ...STATUS, following: 'yes' } },
      { ...status, status: { ...STATUS, theme: 'sepia' } },
      { ...status, status: { ...STATUS, room: { ...ROOM, year: 2029 } } },
      { ...status, status: { ...STATUS, year: 2029 } },
      { ...status, status: { ...STATUS, stepKey: 411300 } },
      { ...status, status: { ...STATUS, missing: 'none' } },
      { ...status, status: { ...STATUS, missing: [{ ...part, status: 'ready' }] } },
      { ...status, status: { ...STATUS, missing: [{ ...part, what: '' }] } },
      { ...status, status: { ...STATUS, missing: [{ ...part, what: '图'.repeat(41) }] } },
      { ...status, status: { ...STATUS, missing: [part, part, part, part, part] } },
      { ...status, status: null },
    ];
    for (const data of bad) expect(parse(data), JSON.stringify(data)).toBeNull();
  });

  it('knows the app’s own years when it is not told others', () => {
    const status = { ...STATUS, year: lists.defaultYear, room: { ...ROOM, year: lists.defaultYear } };
    const message = parseMessage(toWire({ from: 'a', seq: 1, kind: 'status', status }));
    expect(message).toEqual({ from: 'a', seq: 1, kind: 'status', status });
  });

  it('keeps the canonical filter order and cuts an over-long search text', () => {
    const room = {
      ...ROOM,
      filters: { ...ROOM.filters, levels: ['county', 'province'], query: '字'.repeat(300) },
    };
    const message = parse({ tag: LINK_TAG, from: 'a', seq: 1, kind: 'state', room });
    expect(message?.kind === 'state' && message.room.filters.levels).toEqual(['province', 'county']);
    expect(message?.kind === 'state' && message.room.filters.query.length).toBe(100);
  });
});

describe('the room’s order', () => {
  it('takes a change by any window as newer than what it was made from, and orders two rivals the same everywhere', () => {
    const paused = changeRoom(ROOM, 'screen-b', { paused: false });
    expect(paused).toMatchObject({ version: 8, by: 'screen-b', paused: false, stepKey: ROOM.stepKey });
    expect(isNewer(paused, ROOM)).toBe(true);
    expect(isNewer(ROOM, paused)).toBe(false);
    expect(isNewer(ROOM, null)).toBe(true);
    // Two windows changed the same room at once: every window keeps the same one of the two.
    const rival = changeRoom(ROOM, 'console-a', { index: 4, stepKey: '411400' });
    expect(isNewer(paused, rival)).toBe(true);
    expect(isNewer(rival, paused)).toBe(false);
  });

  it('tells a repeated room from a changed one', () => {
    expect(sameRoom(ROOM, { ...ROOM, filters: { ...ROOM.filters } })).toBe(true);
    expect(sameRoom(ROOM, { ...ROOM, black: true })).toBe(false);
    expect(sameRoom(ROOM, { ...ROOM, startedAt: ROOM.startedAt + 1 })).toBe(false);
    expect(sameRoom(ROOM, { ...ROOM, filters: { ...ROOM.filters, query: '' } })).toBe(false);
  });
});

describe('createDeduper', () => {
  it('lets each message through once, however many ways it came, and drops an older one after a newer', () => {
    const fresh = createDeduper();
    const from = (id: string, seq: number): LinkMessage => ({ from: id, seq, kind: 'hello', role: 'screen' });
    expect(fresh(from('a', 1))).toBe(true);
    expect(fresh(from('a', 1))).toBe(false);
    expect(fresh(from('b', 1))).toBe(true);
    expect(fresh(from('a', 3))).toBe(true);
    expect(fresh(from('a', 2))).toBe(false);
  });
});
