/** Runs a command and measures wall time and the peak RSS of its whole process tree. */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export interface Measurement {
  seconds: number;
  peakRssBytes: number;
  /** Peak RSS of the tree's processes by command name (/proc/<pid>/comm), e.g. pagefind. */
  peakRssByCommand: Record<string, number>;
  /** CPU seconds (user and system) by command name, as last sampled before each process ended. */
  cpuSecondsByCommand: Record<string, number>;
  exitCode: number;
  /** What it printed, without terminal colour codes. */
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

const CLOCK_TICKS = 100;

interface TreeSample {
  total: number;
  byCommand: Map<string, number>;
  /** pid → [command, CPU seconds so far]. */
  cpu: Map<number, [string, number]>;
}

function sampleTree(root: number): TreeSample {
  const tree = children();
  let total = 0;
  const byCommand = new Map<string, number>();
  const cpu = new Map<number, [string, number]>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      const command = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(pid, [command, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS]);
      total += rss;
      byCommand.set(command, (byCommand.get(command) ?? 0) + rss);
    } catch {
      // Gone already.
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return { total, byCommand, cpu };
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
    const cpuByPid = new Map<number, [string, number]>();
    const timer = setInterval(() => {
      const { total, byCommand, cpu } = sampleTree(child.pid!);
      peak = Math.max(peak, total);
      for (const [command, rss] of byCommand) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, rss);
      for (const [pid, sample] of cpu) cpuByPid.set(pid, sample);
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuSecondsByCommand: Record<string, number> = {};
      for (const [command, seconds] of cpuByPid.values())
        cpuSecondsByCommand[command] = (cpuSecondsByCommand[command] ?? 0) + seconds;
      resolve({
        seconds: (performance.now() - start) / 1000,
        peakRssBytes: peak,
        peakRssByCommand: peakByCommand,
        cpuSecondsByCommand,
        exitCode: code ?? 1,
        output: stripVTControlCharacters(output),
      });
    });
  });
}
