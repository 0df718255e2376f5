// A download that failed reads differently from a bug: the user can do something about it (重试, 刷新).

/**
 * Whether an error is a failed download of a part of the page: the browser's failed `import()`, Vite's preload
 * helper giving up on a chunk's stylesheet, or a stylesheet that failed again on 重试 (src/lib/stylesheets.ts).
 */
export function isLoadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to (pre)?load CSS|Failed to fetch|Load failed/i.test(
    text,
  );
}
