// Component tests show a factory list instead of the shipped one:
//   vi.mock('…/state/current-list', async () =>
//     (await import('…/test/mock-current-list')).showing((await import('…/test/fixtures')).FIXTURE_LIST));
import type { ProjectList } from '../data';

type CurrentListModule = typeof import('../state/current-list');

/** A stand-in for src/state/current-list.ts whose list, whatever the year, is `list`. */
export function showing(list: ProjectList): CurrentListModule {
  return { listFor: () => list, currentList: () => list, useList: () => list };
}
