// @vitest-environment jsdom
import { isLoadFailure } from '../load-failure';
import { reloadFailedStylesheets } from '../stylesheets';

function stylesheet(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
  return link;
}

const links = () => [...document.head.querySelectorAll('link')];

afterEach(() => document.head.replaceChildren());

test('asks again for exactly the stylesheets that failed, in their place, and waits for them', async () => {
  const first = stylesheet('/assets/a.css');
  const failed = stylesheet('/assets/b.css');
  const last = stylesheet('/assets/c.css');
  failed.dispatchEvent(new Event('error'));

  let done = false;
  const reloading = reloadFailedStylesheets().then(() => (done = true));
  const [, fresh] = links();
  expect(links()).toHaveLength(3);
  expect(links()[0]).toBe(first);
  expect(links()[2]).toBe(last);
  expect(fresh).not.toBe(failed);
  expect(fresh!.getAttribute('href')).toBe('/assets/b.css');

  await Promise.resolve();
  expect(done).toBe(false);
  fresh!.dispatchEvent(new Event('load'));
  await reloading;
  expect(done).toBe(true);
});

test('a stylesheet that fails again rejects as a load failure, and is asked for again next time', async () => {
  stylesheet('/assets/b.css').dispatchEvent(new Event('error'));
  const reloading = reloadFailedStylesheets();
  const [again] = links();
  again!.dispatchEvent(new Event('error'));
  const error = await reloading.catch((e: unknown) => e);
  expect(isLoadFailure(error)).toBe(true);

  void reloadFailedStylesheets();
  expect(links()[0]).not.toBe(again);
});

test('nothing failed: nothing is asked for', async () => {
  const link = stylesheet('/assets/a.css');
  await reloadFailedStylesheets();
  expect(links()).toEqual([link]);
});
