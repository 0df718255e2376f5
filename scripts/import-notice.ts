// npm run import -- <notice> --out data/lists/<year>.json: draft a list file from a published notice.
// The logic lives in scripts/import/; step by step for a clerk in docs/import.md.
import { runImport } from './import/run-import';

process.exitCode = await runImport(process.argv.slice(2), console);
