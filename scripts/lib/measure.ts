/** Runs a command and measures wall time and the peak RSS of its whole process tree. */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  seconds: number;
  peakRssBytes: number;
  /** Peak RSS of the tree's processes by command name (/proc/<pid>/comm), e.g. pagefind. */
  peakRssByCommand: Record<string, number>;
  exitCode: number;
  output: string;
}

const PAGE_SIZE = 4096;

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function treeRss(root: number): { total: number; byCommand: Map<string, number> } {
  const tree = children();
  let total = 0;
  const byCommand = new Map<string, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      const command = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      total += rss;
      byCommand.set(command, (byCommand.get(command) ?? 0) + rss);
    } catch {
      // Gone already.
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return { total, byCommand };
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measurement> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const peakByCommand: Record<string, number> = {};
    const timer = setInterval(() => {
      const { total, byCommand } = treeRss(child.pid!);
      peak = Math.max(peak, total);
      for (const [command, rss] of byCommand) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, rss);
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakRssBytes: peak, peakRssByCommand: peakByCommand, exitCode: code ?? 1, output });
    });
  });
}
