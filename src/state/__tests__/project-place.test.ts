import { projectById } from '../../data';
import { countyNameFromUnit, projectPlace } from '../project-place';

describe('projectPlace', () => {
  it('names the province, the prefecture, or the prefecture and county', () => {
    expect(projectPlace(projectById(1)!)).toBe('河南省（省级）');
    expect(projectPlace(projectById(12)!)).toBe('郑州市');
    expect(projectPlace(projectById(13)!)).toBe('郑州市 · 金水区');
  });

  it('reads the county from the unit of county-level projects only', () => {
    expect(countyNameFromUnit(projectById(13)!)).toBe('金水区');
    expect(countyNameFromUnit(projectById(12)!)).toBeUndefined();
  });
});
