import { createList, createProject } from '../../test/data-generators';
import { FIXTURE } from '../../test/fixtures';
import { EMPTY_FILTERS, EMPTY_VIEW } from '../filters';
import { createDashboardStore, selectFilters, selectView } from '../store';
import { memoryThemeStorage } from '../theme-storage';

describe('region and county', () => {
  it('lets go of the county when the region changes, not when the same region is chosen again', () => {
    const store = createDashboardStore();
    store.getState().setRegion('411500');
    store.getState().toggleCounty('411525');
    expect(store.getState()).toMatchObject({ region: '411500', county: '411525' });
    store.getState().setRegion('411500');
    expect(store.getState().county).toBe('411525');
    store.getState().setRegion(null);
    expect(store.getState()).toMatchObject({ region: null, county: null });
  });

  it('toggles the county: choosing it again goes back to the whole region', () => {
    const store = createDashboardStore();
    store.getState().setRegion('411500');
    store.getState().toggleCounty('411525');
    store.getState().toggleCounty('411525');
    expect(store.getState()).toMatchObject({ region: '411500', county: null });
  });
});

describe('presentation state', () => {
  it('switches to the dark theme when entering presentation mode and back to light when leaving', () => {
    const store = createDashboardStore();
    store.getState().setMode('present');
    expect(store.getState()).toMatchObject({ mode: 'present', theme: 'dark' });
    store.getState().setMode('office');
    expect(store.getState()).toMatchObject({ mode: 'office', theme: 'light' });
  });

  it('keeps the user’s theme choice while the mode stays the same', () => {
    const store = createDashboardStore();
    store.getState().setMode('present');
    store.getState().setTheme('light');
    store.getState().setView({ ...EMPTY_VIEW, mode: 'present', region: '411500' });
    expect(store.getState().theme).toBe('light');
    store.getState().setView(EMPTY_VIEW);
    expect(store.getState().theme).toBe('light');
    store.getState().setView({ ...EMPTY_VIEW, mode: 'present' });
    expect(store.getState().theme).toBe('dark');
  });

  it('puts mode and interval, but not the tour focus, into the view', () => {
    const store = createDashboardStore();
    store.getState().setView({ ...EMPTY_VIEW, mode: 'present', interval: 20 });
    store.getState().setTourFocus('411500');
    expect(selectView(store.getState())).toEqual({ ...EMPTY_VIEW, mode: 'present', interval: 20 });
  });

  it('clears the tour focus when leaving presentation mode', () => {
    const store = createDashboardStore();
    store.getState().setMode('present');
    store.getState().setTourFocus('411500');
    store.getState().setMode('office');
    expect(store.getState().tourFocus).toBeNull();
  });
});

describe('theme choice', () => {
  it('remembers the office theme across page loads (a new store on the same storage)', () => {
    const storage = memoryThemeStorage();
    createDashboardStore(storage).getState().setTheme('dark');
    const reloaded = createDashboardStore(storage);
    expect(reloaded.getState().theme).toBe('dark');
    reloaded.getState().setView(EMPTY_VIEW);
    expect(reloaded.getState().theme).toBe('dark');
  });

  it('lets a presentation URL win over the stored choice, and brings the choice back in the office', () => {
    const store = createDashboardStore(memoryThemeStorage('light'));
    store.getState().setView({ ...EMPTY_VIEW, mode: 'present' });
    expect(store.getState().theme).toBe('dark');
    store.getState().setMode('office');
    expect(store.getState().theme).toBe('light');
  });

  it('does not store a theme switched during a presentation', () => {
    const storage = memoryThemeStorage('dark');
    const store = createDashboardStore(storage);
    store.getState().setMode('present');
    store.getState().setTheme('light');
    expect(storage.load()).toBe('dark');
  });
});

describe('search text', () => {
  it('cuts typed text to 100 characters by code point', () => {
    const store = createDashboardStore();
    store.getState().setQuery(`${'监'.repeat(99)}𠀀𠀀`);
    expect(store.getState().query).toBe(`${'监'.repeat(99)}𠀀`);
  });
});

describe('whole-view updates', () => {
  it('leaves the state untouched when the view is the same, so nothing re-renders', () => {
    const store = createDashboardStore();
    const before = store.getState();
    store.getState().setView({ ...EMPTY_VIEW, categories: [], levels: [] });
    expect(store.getState()).toBe(before);
    store.getState().setView({ ...EMPTY_VIEW, levels: ['county'] });
    expect(store.getState().levels).toEqual(['county']);
  });
});

describe('applyFilters (a console’s filters, followed by a screen)', () => {
  it('takes all the filters at once, and leaves the state untouched when they are the same', () => {
    const store = createDashboardStore();
    const filters = { ...EMPTY_FILTERS, levels: ['county' as const], region: '411300', query: '代表' };
    store.getState().applyFilters(filters);
    expect(selectFilters(store.getState())).toEqual(filters);
    const before = store.getState();
    store.getState().applyFilters({ ...filters, levels: ['county'] });
    expect(store.getState()).toBe(before);
    store.getState().applyFilters(EMPTY_FILTERS);
    expect(selectFilters(store.getState())).toEqual(EMPTY_FILTERS);
  });
});

describe('switchYear', () => {
  // The year after FIXTURE's: a project in 固始县 again, none in 金水区.
  const next = createList(
    [
      createProject({ id: 1, level: 'county', prefecture: '411500', county: '411525' }),
      createProject({ id: 2, level: 'city', prefecture: '410100' }),
    ],
    { year: 2031 },
  );

  it('shows the new year with the same filters, and closes the open project (its № is another project there)', () => {
    const store = createDashboardStore();
    store.getState().setView({
      ...EMPTY_VIEW,
      categories: ['supervision'],
      levels: ['county'],
      region: '411500',
      query: '监督',
      project: 6,
      mode: 'present',
      interval: 20,
    });
    store.getState().setTourFocus('411500');
    store.getState().switchYear(next);
    expect(selectView(store.getState())).toEqual({
      ...EMPTY_VIEW,
      categories: ['supervision'],
      levels: ['county'],
      region: '411500',
      query: '监督',
      year: 2031,
      project: null,
      mode: 'present',
      interval: 20,
    });
    // The tour's stop is kept where the new year has it (it does: 固始县 is in 信阳市).
    expect(store.getState().tourFocus).toBe('411500');
  });

  it('lets go of the tour’s stop where the new year has no project there', () => {
    const store = createDashboardStore();
    store.getState().setView({ ...EMPTY_VIEW, mode: 'present' });
    store.getState().setTourFocus('410200');
    store.getState().switchYear(next);
    expect(store.getState().tourFocus).toBeNull();
  });

  it('a chosen year is pending (and already the address’s) until its list is here; the shown year clears it', () => {
    const store = createDashboardStore();
    store.getState().requestYear(2031);
    expect(store.getState().pendingYear).toBe(2031);
    expect(store.getState().year).toBe(EMPTY_VIEW.year);
    expect(selectView(store.getState()).year).toBe(2031);
    store.getState().requestYear(EMPTY_VIEW.year);
    expect(store.getState().pendingYear).toBeNull();
    store.getState().requestYear(2031);
    store.getState().switchYear(next);
    expect(store.getState()).toMatchObject({ year: 2031, pendingYear: null });
  });

  it('keeps the chosen county only if the new list has a project there', () => {
    const store = createDashboardStore();
    store.getState().setView({ ...EMPTY_VIEW, region: '411500', county: '411525' });
    store.getState().switchYear(next);
    expect(store.getState()).toMatchObject({ year: 2031, region: '411500', county: '411525' });

    store.getState().setView({ ...EMPTY_VIEW, year: 2031, region: '410100', county: '410105' });
    store.getState().switchYear(createList(FIXTURE, { year: 2030 }));
    expect(store.getState()).toMatchObject({ year: 2030, region: '410100', county: '410105' });
    store.getState().switchYear(next);
    // 郑州 has a project in the new list, 金水区 none: the region stays, the county goes.
    expect(store.getState()).toMatchObject({ year: 2031, region: '410100', county: null });
  });

  it('changes nothing when the list is the year already shown', () => {
    const store = createDashboardStore();
    store.getState().setView({ ...EMPTY_VIEW, year: 2031, region: '410100', county: '410105', project: 2 });
    store.getState().switchYear(next);
    expect(store.getState()).toMatchObject({ year: 2031, county: '410105', project: 2 });
  });
});
