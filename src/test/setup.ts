import '@testing-library/jest-dom/vitest';
import { lists } from '../data';
import { appResources } from '../state/resources';

// The store shows the newest list, which the app loads before its first render; so do the tests.
await appResources.load(lists.resource(lists.defaultYear));
