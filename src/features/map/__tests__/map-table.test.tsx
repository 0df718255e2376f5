// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FIXTURE } from '../../../test/fixtures';
import { buildDrillModel, drillTableRows } from '../../../charts/map/drill-model';
import { MapTable } from '../map-table';

const ROWS = drillTableRows(
  buildDrillModel(FIXTURE, '411500', [
    { code: '411502', name: '浉河区', coord: [114.0, 32.1], area: 2 },
    { code: '411525', name: '固始县', coord: [115.6, 32.2], area: 3 },
  ]),
);

function showTable(shown: boolean, onChoose = vi.fn()) {
  render(
    <MapTable
      rows={ROWS}
      caption="信阳市各县（市、区）出彩工作项目数"
      regionHeading="县（市、区）"
      chosen="411525"
      shown={shown}
      onChoose={onChoose}
    />,
  );
  return onChoose;
}

describe('MapTable', () => {
  it('is a captioned table whose rows with projects are buttons; the chosen one is pressed', async () => {
    const onChoose = showTable(true);
    const table = screen.getByRole('table', { name: '信阳市各县（市、区）出彩工作项目数' });
    expect(table).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '固始县' })).toHaveAttribute('aria-pressed', 'true');
    // 浉河区 has no project: a row, not a choice.
    expect(screen.queryByRole('button', { name: '浉河区' })).toBeNull();
    expect(screen.getByRole('row', { name: /浉河区/ })).toHaveTextContent('浉河区—00');
    await userEvent.click(screen.getByRole('button', { name: '固始县' }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'county', code: '411525' }));
  });

  it('stays readable but leaves the tab order while the map is shown', () => {
    showTable(false);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '固始县' })).toHaveAttribute('tabindex', '-1');
  });
});
