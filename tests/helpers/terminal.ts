/**
 * Runs one of scripts/*.ts on a pseudo-terminal, as an editor at a terminal does, through
 * util-linux's `script` (in every Debian): stdin is then a TTY, readline edits lines and
 * Ctrl+D (\x04) arrives as a key. Each answer is typed when the output next ends with a
 * prompt (a line ending in `: `), as a person would.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { scriptArguments } from '../../scripts/shared/script-arguments.ts';
import { ROOT } from './run-script.ts';

/** Ctrl+D, as a terminal sends it. */
export const CTRL_D = '\x04';

const quote = (arg: string): string => `'${arg.replaceAll("'", "'\\''")}'`;
/** Cursor moves and colours that readline writes to a terminal. */
const CONTROL = /\x1b\[[0-9;?]*[A-Za-z]/g;

export function runInTerminal(
  script: string,
  args: string[],
  answers: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number; output: string }> {
  const command = [process.execPath, ...scriptArguments(path.join(ROOT, 'scripts', script), args)].map(quote).join(' ');
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
  });
  let output = '';
  // What came since the last answer: the next prompt is one on a new line (readline redraws
  // the prompt line as an answer is typed).
  let since = '';
  let typed = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    since += chunk.toString();
    if (typed < answers.length && (typed === 0 || since.includes('\n')) && /[:\]] $/.test(since.replace(CONTROL, ''))) {
      const answer = answers[typed++]!;
      since = '';
      child.stdin.write(answer === CTRL_D ? answer : `${answer}\r`);
    }
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      child.stdin.end();
      resolve({ code: code ?? 1, output: output.replace(CONTROL, '').replaceAll('\r', '') });
    });
  });
}
