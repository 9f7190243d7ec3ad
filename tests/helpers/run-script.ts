/** Runs one of scripts/*.ts on this Node, as `npm run` would, and collects what it prints. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { scriptArguments } from '../../scripts/shared/script-arguments.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function runScript(
  script: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      scriptArguments(path.join(ROOT, 'scripts', script), args),
      { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
