import { readFileSync } from 'node:fs';

// The palettes as the browser sees them: app.css :root, then theme.css :root (light) or its dark block.
function block(file: string, selector: string): Record<string, string> {
  const css = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`${selector} not found in ${file}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

/** A resolver of the custom properties the stylesheets give a theme (var() references followed). */
export function palette(theme: 'light' | 'dark'): (name: string) => string {
  const vars = {
    ...block('app.css', ':root'),
    ...block('theme.css', ':root'),
    ...(theme === 'dark' ? block('theme.css', ":root[data-theme='dark']") : {}),
  };
  const resolve = (name: string): string => {
    const value = vars[name];
    if (!value) throw new Error(`${name} is not defined for ${theme}`);
    const ref = /^var\((--[\w-]+)\)$/.exec(value);
    return ref ? resolve(ref[1]!) : value;
  };
  return resolve;
}
