// The proof on real input: the 2022 notice, imported, gives back what was curated by hand in the shipped list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset as curated } from '../../../src/data/projects';
import { categoryAgreement, importNotice } from '../import-notice';

const NOTICE = 'data/source/announcement-2022.txt';

describe(`importing ${NOTICE}`, () => {
  const { dataset: draft, suggestions } = importNotice(readFileSync(NOTICE, 'utf8'));
  const placed = ({
    id,
    title,
    unit,
    summary,
    level,
    prefecture,
    county,
  }: (typeof draft.projects)[number]) => ({
    id,
    title,
    unit,
    summary,
    level,
    prefecture,
    county,
  });

  it('reproduces every title, unit, summary, level, prefecture and county of the curated list', () => {
    expect(draft.projects).toHaveLength(curated.projects.length);
    expect(draft.projects.map(placed)).toEqual(curated.projects.map(placed));
  });

  it('reads the source line from the header', () => {
    expect(draft.source).toEqual(curated.source);
  });

  it('suggests categories for review, most of them as curated', () => {
    const { agree, total } = categoryAgreement(draft, curated);
    console.info(`import bench: categories ${agree}/${total} agree with the curated list`);
    expect(suggestions).toHaveLength(total);
    expect(agree).toBeGreaterThanOrEqual(30);
  });
});
