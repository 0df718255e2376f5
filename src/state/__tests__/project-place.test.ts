import { projectById } from '../../data';
import { projectPlace } from '../project-place';

describe('projectPlace', () => {
  it('names the province, the prefecture, or the prefecture and the county it is given', () => {
    expect(projectPlace(projectById(1)!)).toBe('河南省（省级）');
    expect(projectPlace(projectById(12)!)).toBe('郑州市');
    expect(projectPlace(projectById(13)!, '金水区')).toBe('郑州市 · 金水区');
  });

  it('falls back to the prefecture while the county name is unknown, and ignores it for other levels', () => {
    expect(projectPlace(projectById(13)!)).toBe('郑州市');
    expect(projectPlace(projectById(12)!, '金水区')).toBe('郑州市');
  });
});
