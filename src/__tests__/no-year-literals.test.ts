// The data decides: the year, the number of projects and the number of prefectures come from the
// list and the regions, so a second year's list needs a data file, not an edit hunt. This reads the app's
// source without its comments and fails on a literal that looks like one of those numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const SKIPPED_DIRS = new Set(['__tests__', 'test']);

/** Every .ts/.tsx file of the app: src/ without tests and test helpers. */
function appFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : appFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The file's tokens without comments, one line of code per source line: the parser knows where a comment starts
 * (never inside a string or a template), so a `//` in a URL stays and a `35` in a comment goes.
 */
function codeWithoutComments(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const lines: string[][] = text.split('\n').map(() => []);
  const visit = (node: ts.Node) => {
    // A /** doc comment */ is a node of its own, attached to what it documents.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    if (node.getChildCount(file) === 0) {
      if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
      const start = node.getStart(file);
      const { line } = file.getLineAndCharacterOfPosition(start);
      lines[line]!.push(text.slice(start, node.getEnd()));
      return;
    }
    node.getChildren(file).forEach(visit);
  };
  visit(file);
  return lines.map((tokens) => tokens.join(' '));
}

// A list's year (2010–2099: a round 2000, as in 2000 ms or the SVG namespace's /2000/svg, is no list's year), the
// project count and the prefecture count. Not inside a longer number or a decimal (0.35, 18.5, 1180), not part of
// a name or a hex colour (h18, #18a0ff); a unit may follow (18px).
const DATA_NUMBER = /(?<![\w.#])(?:20[1-9]\d|35|18)(?!\d|\.\d)/g;

/** `file:line: literal` for each number that looks like a year, the project count or the prefecture count. */
function dataLiterals(fileName: string, text: string): string[] {
  return codeWithoutComments(fileName, text).flatMap((line, i) =>
    [...line.matchAll(DATA_NUMBER)].map((m) => `${fileName}:${i + 1}: ${m[0]}  ←  ${line.trim()}`),
  );
}

describe('no data literal in the app’s source', () => {
  it('finds none of 20xx, 35 or 18 outside comments', () => {
    const hits = appFiles(SRC).flatMap((path) =>
      dataLiterals(relative(join(SRC, '..'), path), readFileSync(path, 'utf8')),
    );
    expect(hits).toEqual([]);
  });

  it('sees a literal in code and in strings, but not in comments or inside other numbers', () => {
    const source = [
      "const title = '（2022年度）'; // 2023 in a comment",
      '/** The 18 prefectures. */ export const n2 = 2099;',
      '/* 35 projects',
      '   and 18 prefectures */ const n = 35;',
      "const ok = [0.35, 18.5, 1180, 2018.5, 2000, '#18a0ff', 'h18', 'http://x/2']; const size = '18px';",
      'const t = `${35}`;',
      'const jsx = <p>共 18 个</p>;',
    ].join('\n');
    expect(dataLiterals('x.tsx', source).map((hit) => hit.split('  ←')[0])).toEqual([
      'x.tsx:1: 2022',
      'x.tsx:2: 2099',
      'x.tsx:4: 35',
      'x.tsx:5: 18',
      'x.tsx:6: 35',
      'x.tsx:7: 18',
    ]);
  });
});
