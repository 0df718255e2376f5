// What the charts lean on beyond ECharts' documented option API, checked against the installed packages: an
// upgrade that moves or drops any of it fails here, not on a projector. echarts is pinned exactly (package.json);
// raising the pin means running this first.
import EChartsReactCore from 'echarts-for-react/esm/core';
import { echarts } from '../../../lib/echarts-lazy-parts';
import { pinnedPackage } from '../../../test/pinned-package';

describe('the ECharts the charts are written against', () => {
  it('is pinned exactly, and the pinned version is the one installed', () => {
    const { wanted, locked, installed } = pinnedPackage('echarts');
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/u);
    expect([locked, installed]).toEqual([wanted, wanted]);
  });

  it('still resolves the ESM build of echarts-for-react’s core, with the public instance getter', () => {
    expect(typeof EChartsReactCore).toBe('function');
    expect(typeof EChartsReactCore.prototype.getEchartsInstance).toBe('function');
  });

  it('still lets a chart hear the pointer leave (zrender’s handler: dispatch and resize), as echart.tsx does', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 200, height: 100 });
    chart.setOption({
      xAxis: { type: 'category', data: ['甲', '乙'] },
      yAxis: {},
      series: [{ type: 'bar', data: [1, 2] }],
    });
    const pointer = chart.getZr().handler;
    expect(typeof pointer.dispatch).toBe('function');
    expect(typeof pointer.resize).toBe('function');
    expect(() => {
      pointer.dispatch('mouseout', { zrEventControl: 'no_globalout' });
      pointer.resize();
    }).not.toThrow();
    chart.dispose();
  });
});
