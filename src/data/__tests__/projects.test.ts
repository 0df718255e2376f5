import { CATEGORY_LABELS, LEVEL_LABELS, projectById, projects, source } from '..';

describe('typed access to the dataset', () => {
  it('lists the projects in id order', () => {
    expect(projects.map((p) => p.id)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });

  it('finds a project by id', () => {
    expect(projectById(13)?.unit).toBe('郑州市金水区人大常委会');
    expect(projectById(36)).toBeUndefined();
  });

  it('hands out deep-frozen objects', () => {
    const project = projectById(13)!;
    expect(Object.isFrozen(projects)).toBe(true);
    expect(Object.isFrozen(project.highlights[0])).toBe(true);
    expect(Object.isFrozen(project.tags)).toBe(true);
    expect(Object.isFrozen(source)).toBe(true);
  });

  it('names the notice it comes from', () => {
    expect(source).toEqual({
      title: '关于河南省人大系统“出彩工作”评选结果的公示',
      publisher: '河南省人大常委会办公厅',
      date: '2022-12-23',
      year: 2022,
    });
  });

  it('has a Chinese label for every category and level in use', () => {
    for (const p of projects) {
      expect(CATEGORY_LABELS[p.category]).toBeTruthy();
      expect(LEVEL_LABELS[p.level]).toBeTruthy();
    }
  });
});
