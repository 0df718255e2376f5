// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDashboard } from '../../../state/store';
import { EMPTY_VIEW } from '../../../state/filters';
import { FilterPanel } from '../filter-panel';

beforeEach(() => useDashboard.getState().setView(EMPTY_VIEW));

describe('FilterPanel', () => {
  it('shows every category and level with its live count', () => {
    render(<FilterPanel />);
    const levels = within(screen.getByRole('group', { name: '层级' }));
    expect(levels.getByRole('button', { name: '省级 11 项' })).toHaveAttribute('aria-pressed', 'false');
    expect(levels.getByRole('button', { name: '市级 18 项' })).toBeInTheDocument();
    expect(levels.getByRole('button', { name: '县级 6 项' })).toBeInTheDocument();
    const categories = within(screen.getByRole('group', { name: '类别' }));
    expect(categories.getAllByRole('button')).toHaveLength(5);
  });

  it('toggles a level and updates the other groups’ counts', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    await user.click(screen.getByRole('button', { name: /^县级/ }));
    expect(screen.getByRole('button', { name: /^县级/ })).toHaveAttribute('aria-pressed', 'true');
    expect(useDashboard.getState().levels).toEqual(['county']);
    // Category counts now count county-level projects only: they add up to at least 6 (tags count too).
    const categories = within(screen.getByRole('group', { name: '类别' })).getAllByRole('button');
    const total = categories.reduce(
      (sum, b) => sum + Number(/(\d+) 项$/.exec(b.getAttribute('aria-label') ?? '')?.[1] ?? 0),
      0,
    );
    expect(total).toBeGreaterThanOrEqual(6);
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
});
