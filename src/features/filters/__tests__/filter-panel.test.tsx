// @vitest-environment jsdom
import { act, fireEvent, render as renderWith, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FIXTURE_LIST } from '../../../test/fixtures';
import { showingList } from '../../../test/list-provider';
import userEvent from '@testing-library/user-event';
import { useDashboard } from '../../../state/store';
import { EMPTY_VIEW } from '../../../state/filters';
import { FilterPanel } from '../filter-panel';

// The panel counts FIXTURE (2 province-, 3 city-, 2 county-level projects) instead of the shipped list.
const render = (ui: ReactElement) => renderWith(ui, showingList(FIXTURE_LIST));

beforeEach(() => useDashboard.getState().setView(EMPTY_VIEW));

describe('FilterPanel', () => {
  it('shows every category and level with its live count', () => {
    render(<FilterPanel />);
    const levels = within(screen.getByRole('group', { name: '层级' }));
    expect(levels.getByRole('button', { name: '省级 2 项' })).toHaveAttribute('aria-pressed', 'false');
    expect(levels.getByRole('button', { name: '市级 3 项' })).toBeInTheDocument();
    expect(levels.getByRole('button', { name: '县级 2 项' })).toBeInTheDocument();
    const categories = within(screen.getByRole('group', { name: '类别' }));
    expect(categories.getAllByRole('button')).toHaveLength(5);
    // A project counts under its tags too: 全过程人民民主 is №4's category and №2's and №5's tag.
    expect(categories.getByRole('button', { name: '全过程人民民主 3 项' })).toBeInTheDocument();
  });

  it('toggles a level and updates the other groups’ counts', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    await user.click(screen.getByRole('button', { name: /^县级/ }));
    expect(screen.getByRole('button', { name: /^县级/ })).toHaveAttribute('aria-pressed', 'true');
    expect(useDashboard.getState().levels).toEqual(['county']);
    // Category counts now count county-level projects only: №4 (全过程人民民主) and №6 (监督).
    const categories = within(screen.getByRole('group', { name: '类别' })).getAllByRole('button');
    const names = ['立法 0 项', '监督 1 项', '代表工作 0 项', '全过程人民民主 1 项', '综合与自身建设 0 项'];
    expect(categories).toHaveLength(names.length);
    categories.forEach((chip, i) => expect(chip).toHaveAccessibleName(names[i]));
    // The level counts ignore the level filter, so the other levels stay choosable.
    expect(screen.getByRole('button', { name: /^市级/ })).toHaveAccessibleName('市级 3 项');
  });

  it('chooses a region from the select and resets everything', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    const reset = screen.getByRole('button', { name: '重置' });
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: '地区' }), '411500');
    expect(useDashboard.getState().region).toBe('411500');
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '示范点');
    expect(useDashboard.getState().query).toBe('示范点');
    expect(reset).toHaveAttribute('aria-disabled', 'false');
    reset.focus();
    await user.keyboard('{Enter}');
    expect(useDashboard.getState()).toMatchObject({ region: null, query: '', categories: [], levels: [] });
    // Still focusable and focused: the keyboard user stays where they were.
    expect(reset).toHaveFocus();
    expect(reset).toHaveAttribute('aria-disabled', 'true');
  });

  it('applies arrow-key steps in 地区 once the keys rest, and a pick at once', () => {
    vi.useFakeTimers();
    try {
      render(<FilterPanel />);
      const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '地区' });
      // The browser moves a closed select on ArrowDown; jsdom does not, so the test moves it.
      for (const code of ['410100', '410200', '410300']) {
        fireEvent.keyDown(select, { key: 'ArrowDown' });
        fireEvent.change(select, { target: { value: code } });
        act(() => vi.advanceTimersByTime(100));
      }
      expect(select.value).toBe('410300');
      expect(useDashboard.getState().region).toBeNull();
      act(() => vi.advanceTimersByTime(400));
      expect(useDashboard.getState().region).toBe('410300');

      fireEvent.change(select, { target: { value: '411500' } });
      expect(useDashboard.getState().region).toBe('411500');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps an unavailable chip focusable; pressing it does nothing', () => {
    render(<FilterPanel />);
    fireEvent.click(screen.getByRole('button', { name: /^县级/ }));
    const legislation = screen.getByRole('button', { name: '立法 0 项' });
    expect(legislation).toHaveAttribute('aria-disabled', 'true');
    expect(legislation).toBeEnabled();
    fireEvent.click(legislation);
    expect(useDashboard.getState().categories).toEqual([]);
  });
});
