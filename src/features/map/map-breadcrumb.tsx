interface Crumb {
  readonly label: string;
  /** Going up to this level; the last crumb (where the map is) has none. */
  readonly onSelect?: () => void;
}

/** Where the map is: 河南省 › 信阳市 › 固始县; every level above the current one is a button going back up. */
export function MapBreadcrumb({ crumbs, interactive }: { crumbs: readonly Crumb[]; interactive: boolean }) {
  return (
    <nav className="map-breadcrumb" aria-label="地图层级">
      <ol>
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={crumb.label} aria-current={last ? 'location' : undefined}>
              {!last && interactive && crumb.onSelect ? (
                <button type="button" className="map-breadcrumb-up" onClick={crumb.onSelect}>
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
