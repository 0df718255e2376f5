// @vitest-environment jsdom
import { act, fireEvent, render as renderWith, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { FIXTURE_LIST } from '../../../test/fixtures';
import { showingList } from '../../../test/list-provider';
import { useDashboard } from '../../../state/store';
import { EMPTY_VIEW } from '../../../state/filters';
import { FilterPanel } from '../filter-panel';

// FIXTURE has projects in 郑州 410100, 洛阳 410300 and 信阳 411500 only; 开封 410200 gives none.
const render = (ui: ReactElement) => renderWith(ui, showingList(FIXTURE_LIST));
const regionSelect = () => screen.getByRole<HTMLSelectElement>('combobox', { name: '地区' });
const searchBox = () => screen.getByRole<HTMLInputElement>('searchbox', { name: '搜索' });

const unsubscribes: (() => void)[] = [];
/** Every value the store's region and query take from now on, in order. */
function storeChanges() {
  const seen: { region: (string | null)[]; query: string[] } = { region: [], query: [] };
  unsubscribes.push(
    useDashboard.subscribe((state, previous) => {
      if (state.region !== previous.region) seen.region.push(state.region);
      if (state.query !== previous.query) seen.query.push(state.query);
    }),
  );
  return seen;
}

/** A closed select stepped with ArrowDown: the browser moves it and reports a change in the same task. */
function arrowTo(select: HTMLSelectElement, code: string) {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.change(select, { target: { value: code } });
}

beforeEach(() => useDashboard.getState().setView(EMPTY_VIEW));
afterEach(() => {
  unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
  vi.useRealTimers();
});

describe('FilterPanel committing on leave (a presenter console)', () => {
  it('keeps the 地区 key steps as a draft, however long they rest, and commits once on Enter', () => {
    vi.useFakeTimers();
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    const select = regionSelect();
    select.focus();
    for (const code of ['410100', '410300', '411500']) {
      arrowTo(select, code);
      act(() => vi.advanceTimersByTime(1_000));
    }
    expect(select.value).toBe('411500');
    expect(useDashboard.getState().region).toBeNull();

    fireEvent.keyDown(select, { key: 'Enter' });
    fireEvent.blur(select);
    expect(changes.region).toEqual(['411500']);
    expect(select.value).toBe('411500');
  });

  it('commits the draft once when the focus leaves the select, however long the steps rested', () => {
    vi.useFakeTimers();
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    const select = regionSelect();
    select.focus();
    arrowTo(select, '410100');
    act(() => vi.advanceTimersByTime(1_000));
    arrowTo(select, '410300');
    expect(useDashboard.getState().region).toBeNull();
    act(() => select.blur());
    act(() => select.blur());
    expect(changes.region).toEqual(['410300']);
  });

  it('tells a pick after key steps from a step: the pick applies at once, the steps never', () => {
    vi.useFakeTimers();
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    const select = regionSelect();
    arrowTo(select, '410100');
    act(() => vi.advanceTimersByTime(1_000));
    // No key in this task: the list was opened and an option chosen with the mouse.
    fireEvent.change(select, { target: { value: '410300' } });
    expect(changes.region).toEqual(['410300']);
    fireEvent.blur(select);
    expect(changes.region).toEqual(['410300']);
  });

  it('keeps a key step a draft when timers run between its keydown and its change', () => {
    vi.useFakeTimers();
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    const select = regionSelect();
    select.focus();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    // Time that moves by itself (the browser tests' clock) may fire timers before the step's change.
    act(() => vi.advanceTimersByTime(50));
    fireEvent.keyUp(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: '410100' } });
    expect(select.value).toBe('410100');
    expect(changes.region).toEqual([]);
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(changes.region).toEqual(['410100']);
  });

  it('applies a pick with the pointer at once, after a key that changed nothing', () => {
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    const select = regionSelect();
    select.focus();
    // ArrowUp on 全省, the first option: no change.
    fireEvent.keyDown(select, { key: 'ArrowUp' });
    fireEvent.pointerDown(select);
    fireEvent.change(select, { target: { value: '410300' } });
    expect(changes.region).toEqual(['410300']);
  });

  it('gives back the committed region on Esc, without committing', () => {
    useDashboard.getState().setRegion('410100');
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    const select = regionSelect();
    arrowTo(select, '410300');
    expect(select.value).toBe('410300');
    fireEvent.keyDown(select, { key: 'Escape' });
    expect(select.value).toBe('410100');
    fireEvent.blur(select);
    expect(useDashboard.getState().region).toBe('410100');
    expect(changes.region).toEqual([]);
  });

  it('keeps typed search text as a draft until Enter; Esc gives back the committed text', async () => {
    const user = userEvent.setup();
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    await user.type(searchBox(), '条例');
    expect(searchBox()).toHaveValue('条例');
    expect(useDashboard.getState().query).toBe('');
    await user.keyboard('{Enter}');
    expect(changes.query).toEqual(['条例']);

    await user.type(searchBox(), '保护');
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('条例');
    await user.tab();
    expect(changes.query).toEqual(['条例']);

    await user.type(searchBox(), '洛阳');
    await user.tab();
    expect(changes.query).toEqual(['条例', '条例洛阳']);
  });

  it('applies the search box’s clear button (a click, no key) at once, and no draft before it', async () => {
    const user = userEvent.setup();
    useDashboard.getState().setQuery('条例');
    render(<FilterPanel commit="on-leave" />);
    const changes = storeChanges();
    await user.type(searchBox(), '保护');
    fireEvent.change(searchBox(), { target: { value: '' } });
    expect(changes.query).toEqual(['']);
  });
});

describe('FilterPanel with empty options disabled', () => {
  const option = (name: RegExp) => screen.getByRole<HTMLOptionElement>('option', { name });

  it('disables a prefecture with (0), except the one chosen; the office keeps them all', () => {
    useDashboard.getState().setRegion('410900');
    const { unmount } = render(<FilterPanel commit="on-leave" disableEmpty />);
    expect(option(/^开封市（0）$/)).toBeDisabled();
    expect(option(/^郑州市（2）$/)).toBeEnabled();
    expect(option(/^全省/)).toBeEnabled();
    // 濮阳 410900 gives nothing, but it is the choice in force: it stays shown and choosable.
    expect(option(/^濮阳市（0）$/)).toBeEnabled();
    expect(regionSelect().value).toBe('410900');
    unmount();

    render(<FilterPanel />);
    expect(option(/^开封市（0）$/)).toBeEnabled();
  });
});
