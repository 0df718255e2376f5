// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { TourPanel } from '../tour-panel';

describe('TourPanel with no matching project', () => {
  it('driven by a console, points to the console’s filters; on its own, to leaving the presentation', () => {
    const empty = { step: undefined, index: 0, count: 0, status: '无匹配项目' };
    const { rerender } = render(<TourPanel {...empty} driven />);
    expect(screen.getByText('没有符合当前筛选条件的项目：请在演讲者视图中调整筛选。')).toBeInTheDocument();
    expect(screen.queryByText(/退出演示/)).toBeNull();

    rerender(<TourPanel {...empty} />);
    expect(screen.getByText('没有符合当前筛选条件的项目。退出演示后可调整筛选。')).toBeInTheDocument();
  });
});
