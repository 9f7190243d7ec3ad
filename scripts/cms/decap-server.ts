/**
 * decap-server (the pinned devDependency) in git mode on 127.0.0.1: the browser editor's
 * local backend, committing in `repository`. Its editorial workflow keeps each release on
 * a branch `cms/releases/…` until it is published, then merges it into the branch checked
 * out there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

export interface DecapServer {
  /** Its API, which the admin page's `?proxy-port=` points at (src/admin/local-backend.ts). */
  url: string;
  port: number;
  stop: () => Promise<void>;
}

const SERVER = createRequire(import.meta.url).resolve('decap-server');

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startDecapServer(repository: string, port: number): Promise<DecapServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repository, PORT: String(port), BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('listening')) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`decap-server stopped (exit ${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
