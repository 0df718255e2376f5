// The nginx browser project (tests/e2e/nginx.spec.ts): a build for a sub-path, served by deploy/nginx.conf.
// Shared by playwright.config.ts, which starts it, and the spec, which reads its folder.

const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Beside the main server and the years server (PORT, PORT + 1). */
export const NGINX_PORT = PORT + 2;
/** Its own build folder: the base path is baked into the build. */
export const NGINX_OUT_DIR = `${process.env.E2E_OUT_DIR ?? 'dist-e2e'}-nginx`;
/** An intranet site's sub-path, so that one build proves both nginx and `CHUCAI_BASE`. */
export const NGINX_BASE = '/chucai/';
/** The page's address (Playwright's baseURL: relative paths in the spec resolve under the sub-path). */
export const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}${NGINX_BASE}`;
