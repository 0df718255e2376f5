// @vitest-environment jsdom
import { act, render as renderWith, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { showingList } from '../../../test/list-provider';
import userEvent from '@testing-library/user-event';
import { EMPTY_VIEW } from '../../../state/filters';
import { FIXTURE_LIST } from '../../../test/fixtures';
import { useDashboard } from '../../../state/store';
import { ProjectDetail } from '../project-detail';
import { ResultsPanel } from '../results-panel';

// The screen shows FIXTURE (7 projects; №4 is 金水区's county-level project) instead of the shipped list.
const render = (ui: ReactElement) => renderWith(ui, showingList(FIXTURE_LIST));

function Screen() {
  return (
    <>
      <ResultsPanel />
      <ProjectDetail />
    </>
  );
}

beforeEach(() => useDashboard.getState().setView(EMPTY_VIEW));

describe('ResultsPanel', () => {
  it('lists all the list’s projects by № with level badge and category chips', () => {
    const { container } = render(<Screen />);
    expect(screen.getByText('显示 7 / 7 项')).toBeInTheDocument();
    const ids = [...container.querySelectorAll('[data-project-id]')].map((el) =>
      el.getAttribute('data-project-id'),
    );
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const county = container.querySelector('[data-project-id="4"]') as HTMLElement;
    expect(within(county).getByText('县级')).toBeInTheDocument();
    expect(within(county).getByText('郑州市金水区人大常委会')).toBeInTheDocument();
    expect(within(county).getByText('全过程人民民主')).toBeInTheDocument();
  });

  it('follows the filters and shows a clear empty state with a reset', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    act(() => useDashboard.getState().setView({ ...EMPTY_VIEW, levels: ['county'] }));
    expect(await screen.findByText('显示 2 / 7 项')).toBeInTheDocument();
    act(() => useDashboard.getState().setQuery('绝不会出现的词语'));
    expect(await screen.findByText('没有符合当前筛选条件的项目。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重置筛选' }));
    expect(screen.getByText('显示 7 / 7 项')).toBeInTheDocument();
    // The button went away with the empty state; the focus goes to the list it brought back.
    expect(screen.getByRole('heading', { name: /^项目列表/ })).toHaveFocus();
  });
});

describe('ProjectDetail', () => {
  it('opens from the list by keyboard, shows every field, and closes with Esc', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    const project = FIXTURE_LIST.projectById(4)!;
    const item = screen.getByRole('button', { name: new RegExp(`^№4`) });
    item.focus();
    await user.keyboard('{Enter}');
    const detail = screen.getByRole('complementary', { name: project.title });
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(detail).getByText(project.unit)).toBeInTheDocument();
    expect(within(detail).getByText(project.summary)).toBeInTheDocument();
    // The county's name comes from the geometry, which loads on demand.
    expect(await within(detail).findByText('郑州市 · 金水区')).toBeInTheDocument();
    expect(project.highlights).not.toHaveLength(0);
    for (const h of project.highlights) expect(within(detail).getByText(h.label)).toBeInTheDocument();
    expect(useDashboard.getState().project).toBe(4);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(useDashboard.getState().project).toBeNull();
    expect(screen.getByRole('button', { name: new RegExp(`^№4`) })).toHaveFocus();
  });
});
