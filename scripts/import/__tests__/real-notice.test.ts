// The proof on real input: the 2022 notice, imported, gives back what was curated by hand in the shipped list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Project } from '../../../src/data/schema';
import { categoryAgreement, importNotice } from '../draft-list';

const NOTICE = 'data/source/notice-2022.txt';
// The 2022 list as curated by hand (scripts/ reads data files directly; src/data is the app's door).
const CURATED = 'data/lists/2022.json';
// What the notice and the division table decide; category, tags and highlights are only suggested.
const PLACED = ['id', 'title', 'unit', 'summary', 'level', 'prefecture', 'county'] as const;
const curated = parseDataset(JSON.parse(readFileSync(CURATED, 'utf8')));

describe(`importing ${NOTICE}`, () => {
  const { dataset: draft, suggestions } = importNotice(readFileSync(NOTICE, 'utf8'));
  const placed = (project: Project) => Object.fromEntries(PLACED.map((key) => [key, project[key]]));

  it('reproduces every title, unit, summary, level, prefecture and county of the curated list', () => {
    expect(draft.projects).toHaveLength(curated.projects.length);
    expect(draft.projects.map(placed)).toEqual(curated.projects.map(placed));
  });

  it('reads the source line from the header', () => {
    expect(draft.source).toEqual(curated.source);
  });

  it('suggests categories for review, most of them as curated', () => {
    const { agree, total } = categoryAgreement(draft, curated);
    console.info(`import bench: categories ${agree}/${total} agree with ${CURATED}`);
    expect(suggestions).toHaveLength(total);
    expect(agree).toBeGreaterThanOrEqual(30);
  });
});
