// The shipped newest list, for the few golden tests that pin it by name (and for component tests, whose store
// shows it). Everything else builds its own projects with data-generators.ts.
import { lists } from '../data';

/** The newest shipped list, loaded and validated. */
export const shippedList = await lists.load(lists.defaultYear);
