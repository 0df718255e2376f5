/** One of Henan's 18 prefecture-level divisions (17 cities and 济源, a province-administered city). */
export interface Prefecture {
  /** 6-digit administrative division code, e.g. '410100'. */
  readonly code: string;
  /** Official name, e.g. '郑州市'. */
  readonly name: string;
  /** Name without the administrative suffix, for tight labels, e.g. '郑州'. */
  readonly shortName: string;
}

/** The 18 prefecture-level divisions, in administrative-code order. */
export const PREFECTURES: readonly Prefecture[] = Object.freeze(
  (
    [
      ['410100', '郑州市'],
      ['410200', '开封市'],
      ['410300', '洛阳市'],
      ['410400', '平顶山市'],
      ['410500', '安阳市'],
      ['410600', '鹤壁市'],
      ['410700', '新乡市'],
      ['410800', '焦作市'],
      ['410900', '濮阳市'],
      ['411000', '许昌市'],
      ['411100', '漯河市'],
      ['411200', '三门峡市'],
      ['411300', '南阳市'],
      ['411400', '商丘市'],
      ['411500', '信阳市'],
      ['411600', '周口市'],
      ['411700', '驻马店市'],
      ['419001', '济源市'],
    ] as const
  ).map(([code, name]) => Object.freeze({ code, name, shortName: name.replace(/市$/, '') })),
);

/** Codes of the 18 prefecture-level divisions, for membership tests. */
export const PREFECTURE_CODES: ReadonlySet<string> = new Set(PREFECTURES.map((p) => p.code));

const byCode = new Map(PREFECTURES.map((p) => [p.code, p]));

/** The prefecture with this code, or undefined. */
export function prefectureByCode(code: string): Prefecture | undefined {
  return byCode.get(code);
}

/** The capital Zhengzhou, where province-level projects are marked (they are not Zhengzhou's). */
export const PROVINCIAL_CAPITAL_CODE = '410100';
