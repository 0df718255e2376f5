import { officeChartFont, officeRem } from '../present-scale';

describe('officeRem', () => {
  it('is 16 px up to 1920×1080 and doubles at 3840×2160', () => {
    expect(officeRem(1366, 768)).toBe(16);
    expect(officeRem(390, 844)).toBe(16);
    expect(officeRem(1920, 1080)).toBe(16);
    expect(officeRem(3840, 2160)).toBe(32);
  });

  it('follows the smaller side of a wide or tall screen', () => {
    expect(officeRem(3840, 1080)).toBe(16);
    expect(officeRem(2560, 1440)).toBeCloseTo(21.3, 1);
  });
});

describe('officeChartFont', () => {
  it('scales chart type with the page and keeps it small on phones', () => {
    expect(officeChartFont(1920, 1080)).toBe(14);
    expect(officeChartFont(3840, 2160)).toBe(28);
    expect(officeChartFont(390, 844)).toBe(12);
  });
});
