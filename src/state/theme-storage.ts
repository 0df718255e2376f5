/** The office theme the user chose last, kept across reloads. */
export type Theme = 'light' | 'dark';

/** Where the theme choice is kept; tests pass a memory one. */
export interface ThemeStorage {
  load: () => Theme | null;
  save: (theme: Theme) => void;
}

const KEY = 'chucai.theme';

/**
 * localStorage, forgiving: a browser that refuses storage (privacy mode, some file:// pages) keeps the choice
 * for the page's life (a presentation round trip included) instead of breaking the page or forgetting it.
 */
export function localThemeStorage(): ThemeStorage {
  // The choice as last made on this page: what a browser that refuses storage still remembers until it closes.
  let thisPage: Theme | null = null;
  return {
    load: () => {
      try {
        const value = globalThis.localStorage?.getItem(KEY);
        return value === 'light' || value === 'dark' ? value : null;
      } catch {
        return thisPage;
      }
    },
    save: (theme) => {
      thisPage = theme;
      try {
        globalThis.localStorage?.setItem(KEY, theme);
      } catch {
        // Storage refused: `thisPage` keeps the choice until the page closes.
      }
    },
  };
}

/** A storage that lives as long as the object (tests, and as a fallback). */
export function memoryThemeStorage(initial: Theme | null = null): ThemeStorage {
  let value = initial;
  return {
    load: () => value,
    save: (theme) => {
      value = theme;
    },
  };
}
