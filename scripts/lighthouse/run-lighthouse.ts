/**
 * Lighthouse's Node API on Debian's Chromium: one browser, started here with a debugging
 * port, audits each URL in Lighthouse's default (mobile) profile: a Moto G Power's screen,
 * simulated slow 4G and a 4× slower CPU.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { environment } from '@/config.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Chromium {
  port: number;
  close: () => Promise<void>;
}

/** Starts Chromium headless with a debugging port Lighthouse connects to. */
export async function startChromium(): Promise<Chromium> {
  const profile = await mkdtemp(path.join(tmpdir(), 'thalaeng-lighthouse-'));
  const chromium: ChildProcess = spawn(
    environment().chromiumPath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a debugging port:\n${output}`)), 30_000);
    chromium.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chromium.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${environment().chromiumPath}: ${error.message}`));
    });
    chromium.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a debugging port:\n${output}`));
    });
  });
  return {
    port,
    close: async () => {
      if (chromium.exitCode === null) {
        const exited = new Promise((resolve) => chromium.once('exit', resolve));
        chromium.kill();
        await exited;
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Lighthouse's report of one URL, or throws when Lighthouse could not audit it. */
export async function audit(url: string, port: number): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}
