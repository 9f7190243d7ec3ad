/**
 * The Content-Security-Policy holds on every page type in real Chromium: each page
 * carries it, nothing the site does breaks it (a search included, with Pagefind's
 * WebAssembly), and the hosts' headers files carry the same policy.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import {
  adminContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from '@/site/security/content-policy.ts';
import { editorOrigins } from '@/admin/backend.ts';

const siteDir = inject('siteDir');
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGES = [
  '/',
  '/page/2/',
  '/releases/2017-11-02-7766/',
  '/ministries/',
  '/ministries/labour/',
  '/provinces/',
  '/provinces/th-80/',
  '/archive/',
  '/archive/2017/',
  '/archive/2017/11/',
  '/feeds/',
  '/data/',
  '/about/',
  '/search/',
  '/no-such-page/',
];

/** Records every policy violation and console complaint from the first script on. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

describe('content security policy', () => {
  it.each(PAGES)('%s carries the policy and breaks none of it', async (pagePath) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.url}${pagePath}`, { waitUntil: 'networkidle' });
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
      CONTENT_SECURITY_POLICY,
    );
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('strict-origin-when-cross-origin');
    // Styles are files, never inline, so the policy needs no hashes.
    expect(await page.locator('style').count()).toBe(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets a search run, WebAssembly and all, and blocks what the policy forbids', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('ประชาชน')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/พบ \d+ ข่าว/);
    expect(violations).toEqual([]);
    // The policy is live: an injected inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    await page.close();
  });

  it('is written to the headers files for Netlify, Cloudflare Pages and nginx', async () => {
    const headers = await readFile(path.join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`);
    expect(headers).toContain('  X-Content-Type-Options: nosniff');
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    const nginx = await readFile(path.join(siteDir, 'nginx-headers.conf'), 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY_HEADER}" always;`);
    expect(nginx).toContain('location ^~ /_astro/ {');
  });

  it('is the editor’s own on its page (/admin/), in its <meta> and in the headers files', async () => {
    const admin = adminContentSecurityPolicy(editorOrigins(undefined));
    expect(admin).not.toContain('https:');
    const html = await readFile(path.join(siteDir, 'admin/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${admin}">`);
    const headers = await readFile(path.join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain(
      `/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${admin}; frame-ancestors 'none'\n`,
    );
    const nginx = await readFile(path.join(siteDir, 'nginx-headers.conf'), 'utf8');
    expect(nginx).toContain(
      `location ^~ /admin/ {\n    add_header Content-Security-Policy "${admin}; frame-ancestors 'none'" always;`,
    );
  });
});

describe('links in release bodies', () => {
  it('say when they lead to another site', async () => {
    const html = await readFile(path.join(inject('trickySiteDir'), 'releases/2020-01-15-tricky/index.html'), 'utf8');
    expect(html).toContain('<a href="https://www.mof.go.th/" rel="external noopener">');
    expect(html).toMatch(/<a href="\/releases\/2020-01-14-earlier\/">/);
  });
});
