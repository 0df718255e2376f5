import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFor, withCspMeta } from '../csp-plugin';

describe('content security policy', () => {
  it('allows scripts only from the page’s own origin, never inline or eval', () => {
    const policy = policyFor();
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('allows exactly the inline scripts of a one-file page, by hash', () => {
    const html =
      '<head><meta charset="UTF-8" /><script type="module">run()</script></head><script src="/a.js"></script>';
    expect(inlineScripts(html)).toEqual(['run()']);
    const hash = createHash('sha256').update('run()').digest('base64');
    expect(policyFor(inlineScripts(html), false)).toContain(`script-src 'sha256-${hash}';`);
    // A page with script files keeps them allowed beside its inline boot script.
    expect(policyFor(inlineScripts(html))).toContain(`script-src 'self' 'sha256-${hash}';`);
  });

  it('puts the meta tag right after the charset, before any script', () => {
    const html = withCspMeta(
      '<head>\n<meta charset="UTF-8" />\n<script src="/a.js"></script></head>',
      "default-src 'self'",
    );
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});
