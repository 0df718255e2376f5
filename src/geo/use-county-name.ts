import { useEffect, useState } from 'react';
import { loadedCountyName } from './county-names';
import { countyName } from './load';

/** The geometry's name for a county code (loading its prefecture's counties if needed); undefined meanwhile. */
export function useCountyName(code: string | null): string | undefined {
  const [loaded, setLoaded] = useState<{ code: string; name: string | undefined } | null>(null);
  useEffect(() => {
    if (code === null || loadedCountyName(code) !== undefined) return;
    let cancelled = false;
    // A failed geometry chunk only costs the county's name; the prefecture is still shown.
    countyName(code).then(
      (name) => {
        if (!cancelled) setLoaded({ code, name });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [code]);
  if (code === null) return undefined;
  return loadedCountyName(code) ?? (loaded?.code === code ? loaded.name : undefined);
}
