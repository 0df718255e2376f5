import { isLoadFailure } from '../load-failure';

test.each([
  'Failed to fetch dynamically imported module: http://localhost/assets/a.js',
  'Importing a module script failed.',
  'Unable to preload CSS for http://localhost/assets/a.css',
  'Unable to load CSS for http://localhost/assets/a.css',
  'Failed to fetch',
])('a failed download: %s', (message) => {
  expect(isLoadFailure(new Error(message))).toBe(true);
});

test('a bug is not a failed download', () => {
  expect(isLoadFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
  expect(isLoadFailure('boom')).toBe(false);
});
