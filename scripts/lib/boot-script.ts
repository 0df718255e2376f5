// The one inline script of the built page (allowed by its hash in the CSP): it runs before the body is parsed and
// tells the prerendered first screen (scripts/prerender-plugin.ts) whether the link asks for the view it shows.

/** The URL parameters that change the first screen from the default view (src/state/url.ts writes them). */
const VIEW_PARAMETERS = ['cat', 'level', 'region', 'county', 'q', 'project'] as const;

/**
 * The script's text for a build whose newest list is `newestYear`. It marks <html> with `data-boot`:
 * `present` for a presentation link (the shell is the office layout: nothing of it is shown), `view` for any
 * other view than the default one, or for the dark theme (the shell is drawn light): the page then shows the
 * frame only, never the default view's list, figures or map under that link. It also sets the saved theme, as
 * the app will, so that frame is already dark.
 */
export function bootScript(newestYear: number): string {
  return `(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var dark = false;
  try {
    dark = localStorage.getItem('chucai.theme') === 'dark';
  } catch (e) {}
  var mode = params.get('mode');
  var other =
    ${JSON.stringify(VIEW_PARAMETERS)}.some(function (key) {
      return params.has(key);
    }) ||
    (params.has('year') && params.get('year') !== '${newestYear}');
  if (mode === 'present' || mode === 'presenter') {
    root.setAttribute('data-theme', 'dark');
    root.setAttribute('data-boot', 'present');
  } else if (other || dark) {
    if (dark) root.setAttribute('data-theme', 'dark');
    root.setAttribute('data-boot', 'view');
  }
})();`;
}
