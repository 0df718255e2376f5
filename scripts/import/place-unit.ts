// Where a submitting body sits: the province, a prefecture or a county, by the project's own division table.
import { PREFECTURE_CODES, PREFECTURES } from '../../src/data/regions';
import type { Level } from '../../src/data/schema';
import { COUNTY_POINTS } from '../../src/geo/county-points';

/** The level and division codes of a project's submitting body, as the list file stores them. */
export interface Placement {
  readonly level: Level;
  readonly prefecture: string | null;
  readonly county: string | null;
}

const PROVINCE = /^(河南)?省(人大|人民代表大会)/;
// A unit may spell out the province before its city or county: "河南省郑州市金水区人大常委会".
const PROVINCE_PREFIX = /^河南省/;
// Bodies applying together are listed with a separator ("郑州市人大常委会、金水区人大常委会") or run on
// ("…人大常委会…人大常委会"); the list file has room for one unit and one place.
const SEPARATORS = /[、，,；;/／]|\s+/;
const BODIES = /人大|人民代表大会/g;
// The body's own name follows the division's: "郑州市人大常委会", "中原区人民代表大会常务委员会".
const CONGRESS = /^(人大|人民代表大会)/;

// 济源 is a province-administered city whose congress is represented by a working committee of the
// 济源产城融合示范区, which signs with the zone's name rather than the city's.
const PREFECTURE_ALIASES: readonly (readonly [string, string])[] = [
  ['济源产城融合示范区', '419001'],
  ['济源示范区', '419001'],
];

interface Division {
  readonly name: string;
  readonly code: string;
}

const byLongestName = (a: Division, b: Division) => b.name.length - a.name.length;

const prefectures: readonly Division[] = [
  ...PREFECTURES.map(({ name, code }) => ({ name, code })),
  ...PREFECTURE_ALIASES.map(([name, code]) => ({ name, code })),
].sort(byLongestName);

// Counties, districts and county-level cities (新郑市, 邓州市 end in 市 but sit in a prefecture). 济源 is
// among the county shapes but is a prefecture-level division here, so it is not a county.
const counties: readonly Division[] = [...COUNTY_POINTS]
  .filter(([code]) => !PREFECTURE_CODES.has(code))
  .map(([code, { name }]) => ({ name, code }))
  .sort(byLongestName);

/** The prefecture a county's adcode lies in: 410184 → 410100. */
export function prefectureOf(county: string): string {
  return `${county.slice(0, 4)}00`;
}

/** The bodies of a joint application, or null when the unit is one body. */
export function jointUnits(unit: string): string[] | null {
  const parts = unit.split(SEPARATORS).filter(Boolean);
  if (parts.length > 1) return parts;
  return (unit.match(BODIES)?.length ?? 0) > 1 ? [unit] : null;
}

/** Place a submitting body; throws an Error saying why (in Chinese, for the clerk) when it fits no division. */
export function placeUnit(named: string): Placement {
  if (PROVINCE.test(named)) return { level: 'province', prefecture: null, county: null };
  const unit = named.replace(PROVINCE_PREFIX, '');

  const prefecture = prefectures.find((p) => unit.startsWith(p.name));
  if (prefecture) {
    const rest = unit.slice(prefecture.name.length);
    if (CONGRESS.test(rest)) return { level: 'city', prefecture: prefecture.code, county: null };
    const county = countyAt(rest);
    if (!county) {
      throw new Error(
        `「${prefecture.name}」后面既不是${prefecture.name}的县（市、区）名，也不是“人大常委会”等人大机关名称`,
      );
    }
    if (prefectureOf(county.code) !== prefecture.code) {
      throw new Error(`${county.name}（${county.code}）不属于${prefecture.name}`);
    }
    return { level: 'county', prefecture: prefecture.code, county: county.code };
  }

  const county = countyAt(unit);
  if (county) return { level: 'county', prefecture: prefectureOf(county.code), county: county.code };
  throw new Error('开头不是河南省、省辖市或县（市、区）的名称，或名称后面不是“人大常委会”等人大机关名称');
}

function countyAt(text: string): Division | undefined {
  return counties.find((c) => text.startsWith(c.name) && CONGRESS.test(text.slice(c.name.length)));
}
