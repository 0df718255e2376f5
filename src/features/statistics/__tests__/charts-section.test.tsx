// @vitest-environment jsdom
import { act, render as renderWith, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FIXTURE_LIST } from '../../../test/fixtures';
import { showingList } from '../../../test/list-provider';
import { CHARTS } from '../../../charts/chart-list';
import { TAGGED_CHART } from '../../../charts/__tests__/extra-chart';
import { EMPTY_VIEW } from '../../../state/filters';
import { useDashboard } from '../../../state/store';
import ChartsSection from '../charts-section';

// The charts count FIXTURE instead of the shipped list.
const render = (ui: ReactElement) => renderWith(ui, showingList(FIXTURE_LIST));

// ECharts draws nothing in jsdom (no canvas); the stand-in keeps what the panel hands the chart: its name, its
// words for screen readers and its click handler.
const clicks = new Map<string, (item: object) => void>();
vi.mock('../../../components/ui/echart', () => ({
  EChart: (props: { name: string; ariaLabel: string; onEvents?: { click?: (item: object) => void } }) => {
    if (props.onEvents?.click) clicks.set(props.name, props.onEvents.click);
    return <div role="img" aria-label={props.ariaLabel} data-chart={props.name} />;
  },
}));

// jsdom has no media queries; nobody here asks for reduced motion.
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
});

beforeEach(() => {
  clicks.clear();
  useDashboard.getState().setView(EMPTY_VIEW);
});

const panel = (heading: string) => screen.getByRole('region', { name: heading });

describe('ChartsSection', () => {
  it('shows a panel per chart of the list, in its order, with its table and its words', () => {
    render(<ChartsSection />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      CHARTS.map((c) => c.heading),
    );
    const level = within(panel('按层级'));
    expect(level.getByRole('img')).toHaveAccessibleName('按层级的项目数：省级 2 项，市级 3 项，县级 2 项');
    expect(level.getByRole('table', { name: '按层级的项目数' })).toBeInTheDocument();
  });

  it('shows a chart registered in the list it is given: heading, note, chart, table and words', () => {
    render(<ChartsSection charts={[...CHARTS, TAGGED_CHART]} />);
    const tagged = within(panel('按兼属情况'));
    expect(tagged.getByText('有兼属类别与没有兼属类别的项目数')).toBeInTheDocument();
    const chart = tagged.getByRole('img');
    expect(chart).toHaveAttribute('data-chart', 'tagged');
    expect(chart).toHaveAccessibleName('有无兼属类别的项目数：有兼属类别 3 项，无兼属类别 4 项');
    const table = tagged.getByRole('table', { name: '有无兼属类别的项目数' });
    expect(within(table).getByRole('rowheader', { name: '有兼属类别' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(CHARTS.length + 1);
  });

  it('hands each chart its own click, acting through the store: the other charts count the choice', () => {
    render(<ChartsSection />);
    const byCategory = within(panel('按类别')).getByRole('img');
    act(() => clicks.get('level')!({ dataIndex: 2 }));
    expect(useDashboard.getState().levels).toEqual(['county']);
    // The two county-level projects: №4 (全过程人民民主) and №6 (监督).
    expect(byCategory).toHaveAccessibleName(
      '按类别的项目数（主类别与兼属类别合计）：立法 0 项，监督 1 项，代表工作 0 项，全过程人民民主 1 项，综合与自身建设 0 项',
    );
    act(() => clicks.get('category')!({ seriesId: 'primary', dataIndex: 0 }));
    expect(useDashboard.getState().categories).toEqual(['legislation']);
    expect(within(panel('按层级')).getByRole('img')).toHaveAccessibleName(
      '按层级的项目数：省级 1 项，市级 2 项，县级 0 项',
    );
  });
});
