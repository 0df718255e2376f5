import { format } from 'echarts/core';
import { escapeHtml } from '../escape-html';

describe('escapeHtml', () => {
  it('leaves no markup from the data (as ECharts’ own encodeHTML)', () => {
    const hostile = `<img src=x onerror="alert('1')">&amp; 郑州 № 3`;
    expect(escapeHtml(hostile)).toBe(format.encodeHTML(hostile));
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/);
    expect(escapeHtml(35)).toBe('35');
  });
});
