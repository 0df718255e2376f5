import { z } from 'zod';
import { PREFECTURE_CODES } from './regions';

/** Primary work categories, in the order the UI lists them. */
export const CATEGORY_KEYS = ['legislation', 'supervision', 'deputy', 'democracy', 'general'] as const;
/** Administrative levels of the submitting people's congress body. */
export const LEVEL_KEYS = ['province', 'city', 'county'] as const;

const ADCODE = /^\d{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The schemas are built on first use, inside a function: a production bundle never validates at run time
// (the build already did, see src/data/lists.ts), and module-level zod calls would keep zod in the bundle.
function buildSchemas() {
  // Messages are written to follow the field path: "project 13: county must be a 6-digit adcode".
  const text = z
    .string({ error: 'must be a string' })
    .min(1, { error: 'must not be empty' })
    .refine((s) => s === s.trim(), { error: 'must not start or end with whitespace' });

  const strictObject = <T extends z.ZodRawShape>(shape: T) =>
    z.strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown field(s) ${issue.keys.join(', ')}`
          : 'must be an object',
    });

  const categorySchema = z.enum(CATEGORY_KEYS, { error: `must be one of ${CATEGORY_KEYS.join(', ')}` });

  const highlightSchema = strictObject({
    label: text,
    value: z.number({ error: 'must be a finite number' }).min(0, { error: 'must not be negative' }),
    unit: text,
  }).readonly();

  const projectSchema = strictObject({
    // The upper end is the list's length, checked with the whole list below.
    id: z.int({ error: 'must be an integer' }).min(1, { error: 'must be 1 or more' }),
    title: text,
    unit: text,
    summary: text,
    level: z.enum(LEVEL_KEYS, { error: `must be one of ${LEVEL_KEYS.join(', ')}` }),
    prefecture: z
      .string({ error: 'must be a prefecture code or null' })
      .refine((code) => PREFECTURE_CODES.has(code), {
        error: `must be one of the ${PREFECTURE_CODES.size} prefecture codes`,
      })
      .nullable(),
    county: z
      .string({ error: 'must be a 6-digit adcode or null' })
      .regex(ADCODE, { error: 'must be a 6-digit adcode' })
      .nullable(),
    category: categorySchema,
    tags: z.array(categorySchema, { error: 'must be an array' }).readonly(),
    highlights: z
      .array(highlightSchema, { error: 'must be an array' })
      .max(3, { error: 'must have at most 3 items' })
      .readonly(),
  })
    .readonly()
    .superRefine((project, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const { level, prefecture, county } = project;

      if (level === 'province') {
        if (prefecture !== null) issue(['prefecture'], 'must be null for a province-level project');
        if (county !== null) issue(['county'], 'must be null for a province-level project');
      } else {
        if (prefecture === null) issue(['prefecture'], `must be set for a ${level}-level project`);
        if (level === 'city' && county !== null) issue(['county'], 'must be null for a city-level project');
        if (level === 'county' && county === null)
          issue(['county'], 'must be set for a county-level project');
      }
      // A county's adcode begins with its prefecture's first four digits (410105 lies in 4101xx).
      // Malformed codes are already reported above; comparing them would only repeat the news.
      const comparable = prefecture && county && PREFECTURE_CODES.has(prefecture) && ADCODE.test(county);
      if (comparable && county.slice(0, 4) !== prefecture.slice(0, 4)) {
        issue(['county'], `${county} does not lie in prefecture ${prefecture}`);
      }

      const seen = new Set<string>();
      project.tags.forEach((tag, i) => {
        if (tag === project.category) issue(['tags', i], `${tag} repeats the primary category`);
        if (seen.has(tag)) issue(['tags', i], `${tag} is listed twice`);
        seen.add(tag);
      });

      // Every figure must be quotable from the notice: a reviewer checks it by searching the summary.
      project.highlights.forEach((highlight, i) => {
        if (!appearsAsNumber(highlight.value, project.summary)) {
          issue(['highlights', i, 'value'], `${highlight.value} does not appear in the summary`);
        }
      });
    });

  const sourceSchema = strictObject({
    title: text,
    publisher: text,
    date: z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' }),
    year: z.int({ error: 'must be an integer' }),
  })
    .readonly()
    .superRefine((source, ctx) => {
      const validDate = ISO_DATE.test(source.date); // a malformed date is reported on its own
      if (validDate && !source.date.startsWith(`${source.year}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['year'],
          message: `${source.year} does not match date ${source.date}`,
        });
      }
    });

  const datasetSchema = strictObject({
    source: sourceSchema,
    projects: z
      .array(projectSchema, { error: 'must be an array' })
      .readonly()
      .superRefine((projects, ctx) => {
        projects.forEach((project, i) => {
          const previous = projects[i - 1];
          if (project.id > projects.length) {
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `must be 1..${projects.length}` });
          } else if (projects.findIndex((p) => p.id === project.id) < i) {
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `${project.id} is duplicated` });
          } else if (previous && project.id < previous.id) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `${project.id} is out of order (after ${previous.id})`,
            });
          }
        });
      }),
  }).readonly();

  return { highlightSchema, projectSchema, datasetSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;

/** A primary or secondary work category key. */
export type Category = (typeof CATEGORY_KEYS)[number];
/** The administrative level of the submitting body. */
export type Level = (typeof LEVEL_KEYS)[number];
/** One key figure quoted from a project's summary, e.g. 1185 名 议事代表. */
export type Highlight = z.output<Schemas['highlightSchema']>;
/** One awarded project: the notice's wording plus curated location, category and figures. */
export type Project = z.output<Schemas['projectSchema']>;
/** One year's list file: the notice it comes from and its projects. */
export type Dataset = z.output<Schemas['datasetSchema']>;

/** Validate the raw data file; throws an Error listing every problem, one per line. */
export function parseDataset(raw: unknown): Dataset {
  // Built per call (a list is parsed once, in development and tests only): no module state, and a production
  // build, which never calls this, ships without zod.
  const result = buildSchemas().datasetSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => describeIssue(issue, raw));
  throw new Error(`Invalid projects dataset:\n${lines.join('\n')}`);
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const [head, index, ...rest] = issue.path;
  if (head === 'projects' && typeof index === 'number') {
    const where = projectLabel(raw, index);
    return rest.length ? `${where}: ${formatPath(rest)} ${issue.message}` : `${where}: ${issue.message}`;
  }
  return issue.path.length
    ? `dataset: ${formatPath(issue.path)} ${issue.message}`
    : `dataset: ${issue.message}`;
}

// Name a project by its id when that id is usable; a broken or repeated id can't identify it.
function projectLabel(raw: unknown, index: number): string {
  const projects = (raw as { projects?: unknown } | null)?.projects;
  const ids = Array.isArray(projects) ? projects.map((p) => (p as { id?: unknown } | null)?.id) : [];
  const id = ids[index];
  const usable = Number.isInteger(id) && (id as number) >= 1 && (id as number) <= ids.length;
  return usable && ids.indexOf(id) === ids.lastIndexOf(id)
    ? `project ${String(id)}`
    : `project #${index + 1}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

// A whole number, not digits inside a longer one: 21 must not be "found" in 2021.
function appearsAsNumber(value: number, summary: string): boolean {
  const digits = String(value).replace(/[.+]/g, '\\$&'); // "12.5", or "1e+21" for absurd values
  return new RegExp(`(?<![\\d.])${digits}(?!\\d|\\.\\d)`).test(summary);
}
