/** WebSub from build to ping: a site built with a hub advertises it, and the ping reaches it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { categories } from '@/release/registries.ts';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { runScript, ROOT } from '../helpers/run-script.ts';

let work: string;
let server: Server;
let hub: string;
const pings: URLSearchParams[] = [];
let refuse = false;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      pings.push(new URLSearchParams(body));
      response.writeHead(refuse ? 500 : 202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  hub = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hub`;
  work = await buildWorkDir(ROOT, 'websub');
  const releasesDir = path.join(ROOT, 'tests/fixtures/tricky-releases');
  const { code, output } = await astroBuild(
    ROOT,
    { outDir: dist(), cacheDir: path.join(work, 'cache'), releasesDir },
    { THALAENG_WEBSUB_HUB: hub },
  );
  if (code !== 0) throw new Error(output.slice(-3000));
}, 120_000);

const dist = (): string => path.join(work, 'dist');

afterAll(async () => {
  server.close();
  await rm(work, { recursive: true, force: true });
});

describe('WebSub', () => {
  it('advertises the hub in every feed and pings it for each after a deploy', async () => {
    const outDir = dist();
    expect(await readFile(path.join(outDir, 'rss.xml'), 'utf8')).toContain(`<atom:link href="${hub}" rel="hub"/>`);
    expect(JSON.parse(await readFile(path.join(outDir, 'provinces/th-10/feed.json'), 'utf8')).hubs).toEqual([
      { type: 'WebSub', url: hub },
    ]);

    const ping = await runScript('websub-ping.ts', ['--dist', outDir], { env: { THALAENG_WEBSUB_HUB: hub } });
    // RSS and JSON Feed of the site, 20 ministries, 77 provinces and every category.
    const feeds = 2 * (1 + 20 + 77 + categories.length);
    expect(ping.stdout.trim()).toBe(`${feeds} of ${feeds} feeds pinged at ${hub}`);
    expect(ping.code).toBe(0);
    expect(pings.every((p) => p.get('hub.mode') === 'publish')).toBe(true);
    const topics = pings.map((p) => p.get('hub.url'));
    expect(topics).toContain('https://thalaeng.github.io/rss.xml');
    expect(topics).toContain('https://thalaeng.github.io/provinces/th-10/feed.json');
    expect(new Set(topics).size).toBe(feeds);

    refuse = true;
    const refused = await runScript('websub-ping.ts', ['--dist', outDir], { env: { THALAENG_WEBSUB_HUB: hub } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('https://thalaeng.github.io/rss.xml: HTTP 500');
  });

  it('is off by default, and the ping says why it cannot run', async () => {
    const noHub = await runScript('websub-ping.ts', ['--dist', dist()], { env: { THALAENG_WEBSUB_HUB: '' } });
    expect(noHub.code).toBe(1);
    expect(noHub.stderr).toContain('THALAENG_WEBSUB_HUB is not set');
    const other = await runScript('websub-ping.ts', ['--dist', dist()], {
      env: { THALAENG_WEBSUB_HUB: 'https://other-hub.example/' },
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('do not advertise https://other-hub.example/');
  });
});
