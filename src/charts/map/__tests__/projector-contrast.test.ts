import { PREFECTURES } from '../../../data';
import type { Project } from '../../../data';
import { countyShapes } from '../../../geo';
import type { LoadedCounties } from '../../../geo';
import { contrastRatio, relativeLuminance } from '../../../lib/contrast';
import { createResourceCache } from '../../../lib/resource-cache';
import { DARK_THEME, LIGHT_THEME } from '../../../lib/theme';
import { PROVINCE_FOCUS } from '../../../state/filters';
import type { MapScene } from '../../../state/scene';
import { createProject } from '../../../test/data-generators';
import { sceneMapOption } from '../scene-map-option';

// Issue 26, point 9: on a washed-out projector the count classes must read where they meet, and against the
// panel (WCAG 1.4.11, 3:1), in both themes. The colours are read from the option the presentation screen draws.

/** The presentation map at 1080p: 1 rem (24 px) type. */
const PROJECTOR = { width: 1170, height: 790, fontSize: 24, projected: true };

const scene = (projects: readonly Project[], counties: LoadedCounties | null = null): MapScene => ({
  kind: counties ? 'prefecture' : 'province',
  target: counties?.prefecture ?? null,
  targetName: counties ? '郑州市' : null,
  counties,
  projects,
  selectedRegion: null,
  focus: counties?.prefecture ?? PROVINCE_FOCUS,
  selectedCounty: null,
  countyName: undefined,
  missing: null,
});

/** Projects enough for every class: the first places have 1, 2, 3 and 4 projects, the rest none. */
const everyClass = (place: (i: number) => Partial<Project>) =>
  [1, 2, 3, 4].flatMap((n) => Array.from({ length: n }, () => createProject(place(n))));

let zhengzhou: LoadedCounties;
beforeAll(async () => {
  zhengzhou = await createResourceCache().load(countyShapes('410100')!);
});

interface Drawn {
  visualMap: { pieces: { color: string }[] };
  geo: { itemStyle: { borderColor: string; borderWidth: number } };
}

describe.each([DARK_THEME, LIGHT_THEME])('the presentation map in the $name theme', (theme) => {
  const maps = () => ({
    province: sceneMapOption(
      scene(everyClass((n) => ({ level: 'city', prefecture: PREFECTURES[n]!.code }))),
      theme,
      PROJECTOR,
    ),
    prefecture: sceneMapOption(
      scene(
        everyClass((n) => ({ level: 'county', prefecture: '410100', county: zhengzhou.shapes[n]!.code })),
        zhengzhou,
      ),
      theme,
      PROJECTOR,
    ),
  });

  it.each(['province', 'prefecture'] as const)(
    '%s: every class meets the others and the panel at 3:1',
    (kind) => {
      const option = maps()[kind] as unknown as Drawn;
      const fills = option.visualMap.pieces.map((p) => p.color);
      expect(fills).toHaveLength(5);
      const outline = option.geo.itemStyle.borderColor;
      // The panel the chart is drawn on is within 1.2:1 of the theme's background (theme-contrast.test.ts).
      const surfaces = [...fills, theme.background];
      for (const [i, a] of surfaces.entries()) {
        for (const b of surfaces.slice(i + 1)) {
          // Two regions (or a region and the panel) meet along the outline: either their fills differ by 3:1,
          // or the outline between them stands 3:1 against both.
          const apart =
            contrastRatio(a, b) >= 3 || (contrastRatio(outline, a) >= 3 && contrastRatio(outline, b) >= 3);
          expect(apart, `${a} / ${b} (outline ${outline})`).toBe(true);
        }
      }
      // Wide enough to see from the back of the room: 2 px at 1080p.
      expect(option.geo.itemStyle.borderWidth).toBeGreaterThanOrEqual(2);
    },
  );

  it('steps the classes in lightness, in the legend order, at least 1.3:1 apart, names AA on each', () => {
    const option = maps().province as unknown as Drawn;
    const fills = option.visualMap.pieces.map((p) => p.color);
    const lightness = fills.map(relativeLuminance);
    const falling = theme.name === 'light';
    for (let i = 1; i < fills.length; i += 1) {
      expect(lightness[i]! < lightness[i - 1]!, `${fills[i - 1]} → ${fills[i]}`).toBe(falling);
      expect(contrastRatio(fills[i - 1]!, fills[i]!), `${fills[i - 1]} → ${fills[i]}`).toBeGreaterThanOrEqual(
        1.3,
      );
    }
    for (const fill of fills) {
      const best = Math.max(contrastRatio(theme.text, fill), contrastRatio(theme.background, fill));
      expect(best, fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});
