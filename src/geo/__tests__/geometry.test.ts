// Checks the committed maps in data/geo: the right 18 prefectures, Henan's area, d3-friendly winding,
// counties that tile their prefecture without gaps, and a download size fit for the first paint.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { PREFECTURES } from '../../data/regions';
import type { CountyCollection, PrefectureCollection } from '../load';

const GEO_DIR = new URL('../../../data/geo/', import.meta.url);
const EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG), as the area tests assume
const HENAN_AREA_KM2 = 165_700;
const km2 = (steradians: number) => steradians * EARTH_RADIUS_KM ** 2;

const henanBytes = readFileSync(new URL('henan.json', GEO_DIR));
const henan = JSON.parse(henanBytes.toString('utf8')) as PrefectureCollection;
const countyFiles = readdirSync(new URL('counties/', GEO_DIR)).filter((f) => f.endsWith('.json'));
const counties = countyFiles.flatMap(
  (file) =>
    (JSON.parse(readFileSync(new URL(`counties/${file}`, GEO_DIR), 'utf8')) as CountyCollection).features,
);

describe('data/geo/henan.json', () => {
  it('has exactly the 18 prefectures, in adcode order', () => {
    expect(henan.features.map((f) => [f.properties.adcode, f.properties.name])).toEqual(
      PREFECTURES.map((p) => [p.code, p.name]),
    );
  });

  it("covers Henan's area (~165,700 km²) within 1%", () => {
    const total = henan.features.reduce((sum, f) => sum + km2(geoArea(f)), 0);
    expect(Math.abs(total / HENAN_AREA_KM2 - 1)).toBeLessThan(0.01);
  });

  it('winds exterior rings clockwise, so no feature covers the rest of the globe', () => {
    const inverted = henan.features.filter((f) => geoArea(f) >= 2 * Math.PI).map((f) => f.properties.name);
    expect(inverted).toEqual([]);
  });

  it('puts each label point inside its prefecture, rounded to 3 decimals', () => {
    for (const f of henan.features) {
      expect(geoContains(f, f.properties.cp), f.properties.name).toBe(true);
      expect(f.properties.cp.map((v) => Math.round(v * 1000) / 1000)).toEqual(f.properties.cp);
    }
  });

  it('is at most 60 KB gzipped', () => {
    expect(gzipSync(henanBytes).length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('data/geo/counties', () => {
  const prefectureByCode = new Map(henan.features.map((f) => [f.properties.adcode, f]));

  it('has one file per prefecture, named by its code', () => {
    expect(countyFiles).toEqual(PREFECTURES.map((p) => `${p.code}.json`));
  });

  it('winds every county clockwise', () => {
    const inverted = counties.filter((f) => geoArea(f) >= 2 * Math.PI).map((f) => f.properties.name);
    expect(inverted).toEqual([]);
  });

  it("has every county's centroid inside its own prefecture", () => {
    const offenders = counties
      .filter((county) => {
        const prefecture = prefectureByCode.get(county.properties.prefecture);
        return !prefecture || !geoContains(prefecture, geoCentroid(county));
      })
      .map((county) => `${county.properties.adcode} ${county.properties.name}`);
    expect(offenders, `centroids outside their prefecture: ${offenders.join(', ')}`).toEqual([]);
  });

  it('includes the 10 province-administered counties, after the 2019 renaming of 长垣', () => {
    const codes = new Set(counties.map((f) => f.properties.adcode));
    const provinceAdministered = [
      '410181', // 巩义
      '410225', // 兰考
      '410482', // 汝州
      '410526', // 滑县
      '410783', // 长垣
      '411381', // 邓州
      '411481', // 永城
      '411525', // 固始
      '411628', // 鹿邑
      '411729', // 新蔡
    ];
    expect(provinceAdministered.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('applies the 2019 and 2021 changes and drops the codes they replaced', () => {
    const names = new Map(counties.map((f) => [f.properties.adcode, f.properties.name]));
    expect(names.get('410783')).toBe('长垣市');
    expect(names.get('411603')).toBe('淮阳区');
    expect(names.get('410308')).toBe('孟津区');
    expect(names.get('410307')).toBe('偃师区');
    for (const gone of ['410728', '411626', '410322', '410306', '410381'])
      expect(names.has(gone)).toBe(false);
  });

  it("tiles each prefecture: the counties' areas add up to it within 0.5%", () => {
    const offenders = henan.features.flatMap((prefecture) => {
      const own = counties.filter((c) => c.properties.prefecture === prefecture.properties.adcode);
      const sum = own.reduce((s, c) => s + geoArea(c), 0);
      const ratio = sum / geoArea(prefecture);
      return Math.abs(ratio - 1) <= 0.005 ? [] : [`${prefecture.properties.name} ${ratio.toFixed(4)}`];
    });
    expect(offenders).toEqual([]);
  });
});
