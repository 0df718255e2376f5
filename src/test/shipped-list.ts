// The shipped newest list, for the few golden tests that check the real data (the deck's layout with the longest
// real titles). Everything else builds its own projects with data-generators.ts and fixtures.ts; component tests
// show a factory list through mock-current-list.ts.
import { lists } from '../data';
import { appResources } from '../state/resources';

/** The newest shipped list, loaded and validated. */
export const shippedList = await appResources.load(lists.resource(lists.defaultYear));
