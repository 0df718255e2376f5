import { lists } from '../../../data';
import { EMPTY_FILTERS } from '../../../state/filters';
import { createDeduper, LINK_TAG, parseMessage, toWire } from '../presenter-link';
import type { ConsoleState, LinkMessage, ScreenStatus } from '../presenter-link';

/** The years that have a list, as the parser is told them. */
const YEARS = [2031, 2030];

const STATE: ConsoleState = {
  year: 2030,
  filters: { ...EMPTY_FILTERS, levels: ['county'], region: '411300', county: '411302', query: '代表' },
  stepKey: '411300',
  index: 3,
  paused: true,
};

const STATUS: ScreenStatus = {
  year: 2031,
  stepKey: '411300',
  paused: false,
  missing: [
    { what: '2030年度名单', status: 'loading' },
    { what: '南阳市县区地图', status: 'failed' },
  ],
};

const parse = (data: unknown) => parseMessage(data, YEARS);

const wire = (message: LinkMessage) => JSON.parse(JSON.stringify(toWire(message))) as unknown;

describe('parseMessage', () => {
  it('reads back every kind of message it wrote (through structured-clone-like copying)', () => {
    const messages: LinkMessage[] = [
      { from: 'a', seq: 1, kind: 'hello' },
      { from: 'a', seq: 2, kind: 'status', status: STATUS },
      { from: 'a', seq: 3, kind: 'status', status: { ...STATUS, stepKey: null, missing: [] } },
      { from: 'a', seq: 4, kind: 'command', command: 'toggle-pause' },
      { from: 'a', seq: 5, kind: 'command', command: { year: 2031 } },
      { from: 'b', seq: 6, kind: 'state', state: STATE },
      { from: 'b', seq: 7, kind: 'bye' },
    ];
    for (const message of messages) expect(parse(wire(message))).toEqual(message);
  });

  it('ignores other postMessage traffic and anything malformed, without throwing', () => {
    const good = toWire({ from: 'a', seq: 1, kind: 'state', state: STATE });
    const status = toWire({ from: 'a', seq: 1, kind: 'status', status: STATUS });
    const command = toWire({ from: 'a', seq: 1, kind: 'command', command: 'next' });
    const part = STATUS.missing[0]!;
    const bad: unknown[] = [
      null,
      'hello',
      { type: 'webpackOk' },
      { ...good, tag: 'someone-else' },
      { ...good, from: '' },
      { ...good, seq: 1.5 },
      { ...good, kind: 'reload' },
      { ...good, kind: 'heartbeat' },
      { ...command, command: 'exit' },
      { ...command, command: { year: 1999 } },
      { ...command, command: { year: '2030' } },
      { ...command, command: null },
      { ...good, state: { ...STATE, year: 1999 } },
      { ...good, state: { ...STATE, year: undefined } },
      { ...good, state: { ...STATE, index: -1 } },
      { ...good, state: { ...STATE, paused: 'yes' } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, levels: ['town'] } } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, region: '999999' } } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, region: null } } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, query: 5 } } },
      { ...status, status: { ...STATUS, year: 2029 } },
      { ...status, status: { ...STATUS, paused: 1 } },
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
    const status = { ...STATUS, year: lists.defaultYear };
    const message = parseMessage(toWire({ from: 'a', seq: 1, kind: 'status', status }));
    expect(message).toEqual({ from: 'a', seq: 1, kind: 'status', status });
  });

  it('keeps the canonical filter order and cuts an over-long search text', () => {
    const state = {
      ...STATE,
      filters: { ...STATE.filters, levels: ['county', 'province'], query: '字'.repeat(300) },
    };
    const message = parse({ tag: LINK_TAG, from: 'a', seq: 1, kind: 'state', state });
    expect(message?.kind === 'state' && message.state.filters.levels).toEqual(['province', 'county']);
    expect(message?.kind === 'state' && message.state.filters.query.length).toBe(100);
  });
});

describe('createDeduper', () => {
  it('lets each message through once, however many ways it came, and drops an older one after a newer', () => {
    const fresh = createDeduper();
    const from = (id: string, seq: number): LinkMessage => ({ from: id, seq, kind: 'hello' });
    expect(fresh(from('a', 1))).toBe(true);
    expect(fresh(from('a', 1))).toBe(false);
    expect(fresh(from('b', 1))).toBe(true);
    expect(fresh(from('a', 3))).toBe(true);
    expect(fresh(from('a', 2))).toBe(false);
  });
});
