import { clampLines, linesHeight, textHeight, textLines, wholeNameLines } from '../slide-text';

describe('slide text estimates', () => {
  it('wraps a long Chinese title by character, keeping every character', () => {
    const title =
      '研究起草《关于新时代坚持和完善人民代表大会制度 加强和改进人大工作的实施意见》 全面贯彻落实中央、省委人大工作会议精神';
    const lines = textLines(title, 13, 5);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join('')).toBe(title);
    // Every line leaves an em spare for line-breaking rules: at most (room - 1 em) / 1 em CJK characters.
    for (const line of lines)
      expect([...line].length).toBeLessThanOrEqual(Math.floor(((5 - 0.16) * 72 - 13) / 13) + 2);
  });

  it('counts explicit line breaks as paragraphs and sizes the box from the lines', () => {
    expect(textLines('一\n二\n三', 11, 3)).toEqual(['一', '二', '三']);
    expect(textHeight('一\n二\n三', 11, 3)).toBeCloseTo(linesHeight(3, 11));
    expect(linesHeight(2, 12)).toBeGreaterThan(linesHeight(1, 12));
  });

  it('cuts text to the lines a box has, ending in an ellipsis', () => {
    const long = '筛选：'.concat('很长的搜索词'.repeat(30));
    const cut = clampLines(long, 9, 4, 1);
    expect(cut.endsWith('…')).toBe(true);
    expect(textLines(cut, 9, 4)).toHaveLength(1);
    expect(clampLines('短', 9, 4, 1)).toBe('短');
  });
});

describe('wholeNameLines', () => {
  const names = ['郑州市', '开封市', '洛阳市', '平顶山市'];

  it('breaks a locator caption between names only: no line is a stray 「市」', () => {
    const lines = wholeNameLines('红色：', names, '、', 12, 3.3);
    expect(lines.join('')).toBe('红色：郑州市、开封市、洛阳市、平顶山市');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect([...line].length).toBeGreaterThan(1);
      expect(textLines(line, 12, 3.3)).toHaveLength(1);
    }
    expect(lines.at(-1)).toBe('平顶山市');
  });

  it('keeps a caption that fits on one line', () => {
    expect(wholeNameLines('红色：', ['济源市'], '、', 12, 3.3)).toEqual(['红色：济源市']);
  });
});
