import { contrastRatio, relativeLuminance } from '../contrast';
import { presentRem } from '../present-scale';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // WebAIM's checker: #777777 on white is 4.48:1 (just fails AA), #767676 is 4.54:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('is symmetric and rejects what is not a hex colour', () => {
    expect(contrastRatio('#b8141b', '#fff')).toBe(contrastRatio('#fff', '#b8141b'));
    expect(() => relativeLuminance('red')).toThrow(/not a hex colour/);
  });
});

describe('presentRem', () => {
  it('is 24 px at 1080p, 48 px at 2160p and fits narrower screens by width', () => {
    expect(presentRem(1920, 1080)).toBe(24);
    expect(presentRem(3840, 2160)).toBe(48);
    expect(presentRem(1366, 768)).toBeCloseTo(17.07, 2);
    expect(presentRem(1280, 1024)).toBe(16);
    expect(presentRem(320, 200)).toBe(12);
  });
});
