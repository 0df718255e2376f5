import { useEffect, useRef } from 'react';

interface Crumb {
  readonly label: string;
  /** Going up to this level; the last crumb (where the map is) has none. */
  readonly onSelect?: () => void;
}

/** Where the map is: 河南省 › 信阳市 › 固始县; every level above the current one is a button going back up. */
export function MapBreadcrumb({ crumbs, interactive }: { crumbs: readonly Crumb[]; interactive: boolean }) {
  const navRef = useRef<HTMLElement>(null);
  const trail = crumbs.map((c) => c.label).join('›');
  const pressed = useRef(false);
  // The pressed crumb becomes the current one (no longer a button): keep the keyboard user on the trail.
  useEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    navRef.current?.querySelector<HTMLElement>('[aria-current]')?.focus();
  }, [trail]);
  return (
    <nav className="map-breadcrumb" aria-label="地图层级" ref={navRef}>
      <ol>
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li
              key={crumb.label}
              aria-current={last ? 'location' : undefined}
              tabIndex={last ? -1 : undefined}
            >
              {/* Drawn, not read: the current item is 「信阳市」, not 「›信阳市」. */}
              {i > 0 ? (
                <span className="map-breadcrumb-sep" aria-hidden="true">
                  ›
                </span>
              ) : null}
              {!last && interactive && crumb.onSelect ? (
                <button
                  type="button"
                  className="map-breadcrumb-up"
                  onClick={() => {
                    pressed.current = true;
                    crumb.onSelect?.();
                  }}
                >
                  {crumb.label}
                </button>
              ) : (
                <span>{crumb.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
