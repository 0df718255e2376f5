// Every kind of submitting body, placed against the division table (src/data/regions, county points).
import { describe, expect, it } from 'vitest';
import { importNotice } from '../draft-list';
import { placeUnit } from '../place-unit';
import { fixtureNotice, HEADER_LINES } from './notice-fixture';

describe('placeUnit', () => {
  it.each([
    '省人大常委会办公厅',
    '省人大法制委员会',
    '河南省人大常委会研究室',
    '河南省人民代表大会常务委员会',
  ])('places %s at the province', (unit) => {
    expect(placeUnit(unit)).toEqual({ level: 'province', prefecture: null, county: null });
  });

  it.each([
    ['郑州市人大常委会', '410100'],
    ['驻马店市人大常委会', '411700'],
    ['三门峡市人民代表大会常务委员会', '411200'],
    ['济源示范区人大工委', '419001'],
    ['济源市人大常委会', '419001'],
  ])('places %s at the city %s', (unit, prefecture) => {
    expect(placeUnit(unit)).toEqual({ level: 'city', prefecture, county: null });
  });

  it.each([
    ['郑州市中原区人大常委会', '410100', '410102'],
    ['安阳市北关区人大常委会', '410500', '410503'],
    ['临颍县人大常委会', '411100', '411122'],
    ['管城回族区人大常委会', '410100', '410104'],
    ['河南省郑州市金水区人大常委会', '410100', '410105'],
    ['河南省新郑市人大常委会', '410100', '410184'],
  ])('places %s in a county of its prefecture', (unit, prefecture, county) => {
    expect(placeUnit(unit)).toEqual({ level: 'county', prefecture, county });
  });

  it.each([
    ['新郑市人大常委会', '410100', '410184'],
    ['邓州市人大常委会', '411300', '411381'],
    ['义马市人大常委会', '411200', '411281'],
  ])(
    'places the county-level city %s as a county, its prefecture from the code',
    (unit, prefecture, county) => {
      expect(placeUnit(unit)).toEqual({ level: 'county', prefecture, county });
    },
  );

  it('refuses a district put under the wrong prefecture', () => {
    expect(() => placeUnit('郑州市洛龙区人大常委会')).toThrow('洛龙区（410311）不属于郑州市');
  });

  it('places a city spelled with its province', () => {
    expect(placeUnit('河南省洛阳市人大常委会')).toEqual({
      level: 'city',
      prefecture: '410300',
      county: null,
    });
  });

  it.each(['某县人大常委会', '郑州市某某区人大常委会', '省政府办公厅', '洛阳人大常委会'])(
    'refuses %s',
    (unit) => {
      expect(() => placeUnit(unit)).toThrow();
    },
  );
});

describe('importNotice with a unit it cannot place', () => {
  it('names the unit’s line and drafts nothing', () => {
    const text = fixtureNotice([
      { unit: '郑州市人大常委会' },
      { unit: '某县人大常委会' },
      { unit: '外省人大' },
    ]);
    const unitLine = (n: number) => HEADER_LINES.length + 3 * (n - 1) + 2;
    expect(() => importNotice(text)).toThrow(
      [
        `第 ${unitLine(2)} 行：无法确定申报单位「某县人大常委会」的地点`,
        '开头不是河南省、省辖市或县（市、区）的名称',
      ].join('：'),
    );
    expect(() => importNotice(text)).toThrow(`第 ${unitLine(3)} 行：无法确定申报单位「外省人大」的地点`);
  });
});

describe('importNotice with a joint application', () => {
  const unitLine = (n: number) => HEADER_LINES.length + 3 * (n - 1) + 2;

  it.each([
    ['郑州市金水区人大常委会、郑州市二七区人大常委会', '郑州市金水区人大常委会、郑州市二七区人大常委会'],
    ['郑州市人大常委会、金水区人大常委会', '郑州市人大常委会、金水区人大常委会'],
    ['郑州市人大常委会，新郑市人大常委会', '郑州市人大常委会、新郑市人大常委会'],
    ['郑州市人大常委会金水区人大常委会', '郑州市人大常委会金水区人大常委会'],
  ])('stops on %s, naming the line and every unit', (unit, named) => {
    const text = fixtureNotice([{ unit: '郑州市人大常委会' }, { unit }]);
    expect(() => importNotice(text)).toThrow(
      `第 ${unitLine(2)} 行：联合申报（${named}）：看板每项只记一个申报单位和一个地点，` +
        '请在公示文本中为该项指定一个主申报单位后再导入',
    );
  });
});
