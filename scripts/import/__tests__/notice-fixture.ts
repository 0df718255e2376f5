// Small notices written in the tests: a header like the 2022 notice's, then numbered entries.

/** One entry of a fixture notice; what it leaves out gets a plain default. */
export interface FixtureEntry {
  readonly title?: string;
  readonly unit?: string;
  readonly summary?: string;
}

export const HEADER_LINES = [
  '关于河南省人大系统“出彩工作”',
  '',
  '评选结果的公示',
  '根据省人大常委会2023年度工作要点安排，评选出“出彩工作”。',
  '　　　　　河南省人大常委会办公厅',
  '　　　　　2023年12月20日',
  '附件',
];

/** A notice with the given entries, numbered 1.., each "N.title / 申报单位：unit / 简介材料：summary". */
export function fixtureNotice(entries: readonly FixtureEntry[]): string {
  const body = entries.flatMap((entry, i) => [
    `${i + 1}.${entry.title ?? `项目${i + 1}`}`,
    `申报单位：${entry.unit ?? '省人大常委会办公厅'}`,
    `简介材料：${entry.summary ?? `项目${i + 1}的简介。`}`,
  ]);
  return [...HEADER_LINES, ...body].join('\n');
}
