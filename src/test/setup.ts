import '@testing-library/jest-dom/vitest';
import { lists } from '../data';

// The store shows the newest list, which the app loads before its first render; so do the tests.
await lists.load(lists.defaultYear);
