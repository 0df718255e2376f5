// The Lighthouse part of `npm run bench`: the built page served as it is deployed (Debian's nginx with gzip,
// `npm run serve:nginx`), audited by Lighthouse's mobile preset (simulated slow 4G, 4× CPU slowdown) and its
// desktop preset, interleaved, each run in a fresh Chromium with a fresh profile. Each run's HTML report is kept
// in dist-bench-lighthouse/ for a closer look.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { Figure } from './lib/bench-figure';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import {
  CATEGORIES,
  erroredAudits,
  lighthouseFigures,
  type ErroredAudit,
  type FormFactor,
  type LighthouseReport,
} from './lib/lighthouse-report';
import { startServer, stopServer, waitUntilUp } from './lib/local-server';

const PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 4197);
const URL = `http://127.0.0.1:${PORT}/`;
const REPORT_DIR = 'dist-bench-lighthouse';
const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];

/** The medians for both presets, and the audits that could not run in this Chromium. */
export interface LighthouseBench {
  readonly figures: Figure[];
  readonly errored: ErroredAudit[];
  readonly runs: number;
}

/** One Lighthouse run of `formFactor`'s preset, its HTML report written as `name`. */
async function audit(formFactor: FormFactor, name: string): Promise<LighthouseReport> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      URL,
      { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse ${formFactor} returned no result`);
    const { runtimeError } = result.lhr;
    if (runtimeError)
      throw new Error(`Lighthouse ${formFactor}: ${runtimeError.code} ${runtimeError.message}`);
    writeFileSync(join(REPORT_DIR, `${name}.html`), String(result.report));
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** `runs` runs of each preset against `outDir` behind nginx, after one uncounted warm-up run. */
export async function lighthouseBench(outDir: string, runs = 3): Promise<LighthouseBench> {
  mkdirSync(REPORT_DIR, { recursive: true });
  const nginx = startServer('npx', ['tsx', 'scripts/serve-nginx.ts'], {
    NGINX_PORT: String(PORT),
    NGINX_ROOT: outDir,
  });
  const reports: Record<FormFactor, LighthouseReport[]> = { mobile: [], desktop: [] };
  try {
    await waitUntilUp(URL).catch((error: unknown) => {
      throw new Error(`nginx on port ${PORT} did not come up (is /usr/sbin/nginx installed?)`, {
        cause: error,
      });
    });
    // Warms nginx, the disk cache and Chromium's own files; not counted.
    await audit('mobile', 'warm-up');
    // Interleaved, so that a machine busy for a while slows both presets alike.
    for (let i = 1; i <= runs; i++) {
      for (const formFactor of FORM_FACTORS)
        reports[formFactor].push(await audit(formFactor, `${formFactor}-${i}`));
    }
  } finally {
    await stopServer(nginx);
  }
  return {
    figures: FORM_FACTORS.flatMap((formFactor) => lighthouseFigures(formFactor, reports[formFactor])),
    errored: erroredAudits(FORM_FACTORS.flatMap((formFactor) => reports[formFactor])),
    runs: runs * FORM_FACTORS.length,
  };
}

/**
 * The errored audits as lines under the figures. A category whose weighted audit errored has no score, which
 * lighthouseFigures refuses; so what is listed here are diagnostics, which weigh nothing in any score.
 */
export function printErroredAudits({ errored, runs }: LighthouseBench): void {
  if (errored.length === 0) return;
  console.log('\nLighthouse audits that errored (diagnostics: no score or metric depends on them):');
  for (const { id, message, runs: n } of errored) console.log(`  ${id} (${n} of ${runs} runs): ${message}`);
}
