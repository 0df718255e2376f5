import { createProject } from '../../test/data-generators';
import { projectPlace } from '../project-place';

const province = createProject({ level: 'province' });
const city = createProject({ level: 'city', prefecture: '410100' });
const county = createProject({ level: 'county', prefecture: '410100', county: '410105' });

describe('projectPlace', () => {
  it('names the province, the prefecture, or the prefecture and the county it is given', () => {
    expect(projectPlace(province)).toBe('河南省（省级）');
    expect(projectPlace(city)).toBe('郑州市');
    expect(projectPlace(county, '金水区')).toBe('郑州市 · 金水区');
  });

  it('falls back to the prefecture while the county name is unknown, and ignores it for other levels', () => {
    expect(projectPlace(county)).toBe('郑州市');
    expect(projectPlace(city, '金水区')).toBe('郑州市');
  });
});
