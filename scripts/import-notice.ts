// npm run import -- <notice> --out data/lists/<year>.json: draft a list file from a published notice.
// The logic lives in scripts/import/; see README.md, 数据 / Data.
import { runImport } from './import/run-import';

process.exitCode = await runImport(process.argv.slice(2), console);
