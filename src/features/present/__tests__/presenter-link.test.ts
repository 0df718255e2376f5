import { EMPTY_FILTERS } from '../../../state/filters';
import { createDeduper, LINK_TAG, parseMessage, toWire } from '../presenter-link';
import type { ConsoleState, LinkMessage } from '../presenter-link';

const STATE: ConsoleState = {
  filters: { ...EMPTY_FILTERS, levels: ['county'], region: '411300', county: '411302', query: '代表' },
  stepKey: '411300',
  index: 3,
  paused: true,
};

const wire = (message: LinkMessage) => JSON.parse(JSON.stringify(toWire(message))) as unknown;

describe('parseMessage', () => {
  it('reads back every kind of message it wrote (through structured-clone-like copying)', () => {
    const messages: LinkMessage[] = [
      { from: 'a', seq: 1, kind: 'hello' },
      { from: 'a', seq: 2, kind: 'heartbeat' },
      { from: 'a', seq: 3, kind: 'command', command: 'toggle-pause' },
      { from: 'b', seq: 4, kind: 'state', state: STATE },
      { from: 'b', seq: 5, kind: 'bye' },
    ];
    for (const message of messages) expect(parseMessage(wire(message))).toEqual(message);
  });

  it('ignores other postMessage traffic and anything malformed, without throwing', () => {
    const good = toWire({ from: 'a', seq: 1, kind: 'state', state: STATE });
    const bad: unknown[] = [
      null,
      'hello',
      { type: 'webpackOk' },
      { ...good, tag: 'someone-else' },
      { ...good, from: '' },
      { ...good, seq: 1.5 },
      { ...good, kind: 'reload' },
      { ...toWire({ from: 'a', seq: 1, kind: 'command', command: 'next' }), command: 'exit' },
      { ...good, state: { ...STATE, index: -1 } },
      { ...good, state: { ...STATE, paused: 'yes' } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, levels: ['town'] } } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, region: '999999' } } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, region: null } } },
      { ...good, state: { ...STATE, filters: { ...STATE.filters, query: 5 } } },
    ];
    for (const data of bad) expect(parseMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('keeps the canonical filter order and cuts an over-long search text', () => {
    const state = {
      ...STATE,
      filters: { ...STATE.filters, levels: ['county', 'province'], query: '字'.repeat(300) },
    };
    const message = parseMessage({ tag: LINK_TAG, from: 'a', seq: 1, kind: 'state', state });
    expect(message?.kind === 'state' && message.state.filters.levels).toEqual(['province', 'county']);
    expect(message?.kind === 'state' && message.state.filters.query.length).toBe(100);
  });
});

describe('createDeduper', () => {
  it('lets each message through once, however many ways it came, and drops an older one after a newer', () => {
    const fresh = createDeduper();
    const from = (id: string, seq: number): LinkMessage => ({ from: id, seq, kind: 'heartbeat' });
    expect(fresh(from('a', 1))).toBe(true);
    expect(fresh(from('a', 1))).toBe(false);
    expect(fresh(from('b', 1))).toBe(true);
    expect(fresh(from('a', 3))).toBe(true);
    expect(fresh(from('a', 2))).toBe(false);
  });
});
