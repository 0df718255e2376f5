import { quoteFontFamilies } from '../svg-fonts';

describe('quoteFontFamilies', () => {
  it('turns the quotes of font families in style attributes into single quotes, so the SVG parses', () => {
    const chart =
      '<text style="font-size:14px;font-family:"PingFang SC", sans-serif;font-weight:500;">省级</text>';
    expect(quoteFontFamilies(chart)).toBe(
      `<text style="font-size:14px;font-family:'PingFang SC', sans-serif;font-weight:500;">省级</text>`,
    );
  });
});
