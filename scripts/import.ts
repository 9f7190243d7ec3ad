/**
 * npm run import -- <files or folders…> [--out folder] [--dry-run] [--force] [--report file.json]
 * Turns thaigov.go.th raw text releases into release files under content/releases.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runImport, summarise } from './import/import-run.ts';
import { environment } from '@/config.ts';

const USAGE =
  'usage: npm run import -- <files or folders…> [--out content/releases] [--dry-run] [--force] [--report report.json]';

try {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string', default: 'content/releases' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      report: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new Error(USAGE);
  const showProgress = process.stderr.isTTY;
  const report = await runImport({
    inputs: positionals,
    out: path.resolve(values.out),
    dryRun: values['dry-run'],
    force: values.force,
    root: process.cwd(),
    now: environment().now,
    ...(showProgress ? { onProgress: progress } : {}),
  });
  if (showProgress) process.stderr.write('\n');
  console.log(summarise(report, values['dry-run']));
  if (values.report) {
    await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`).catch((error: unknown) => {
      const reason = (error as { code?: string }).code === 'EISDIR' ? 'it is a folder' : (error as Error).message.split('\n')[0];
      console.error(`เขียนรายงานไม่ได้ / cannot write the report to ${values.report}: ${reason}`);
      process.exitCode = 1;
    });
  }
  // Something that could not be read or written is a failed run, even though the rest went on.
  if (report.failed.length > 0) process.exitCode = 1;
} catch (error) {
  const code = (error as { code?: string }).code;
  if (!(error instanceof Error) || !(error.message === USAGE || code?.startsWith('ERR_PARSE_ARGS'))) throw error;
  console.error(error.message);
  process.exitCode = 2;
}

function progress(done: number, total: number): void {
  if (done % 200 !== 0 && done !== total) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
}
