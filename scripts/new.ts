/**
 * npm run new -- --title "…" --ministry labour [--province TH-80 …] [--date 2026-11-23]
 *                [--source URL] [--slug SLUG] [--publish]
 * Creates a release file (a draft unless --publish) that passes `npm run check`. With no
 * arguments on a terminal it asks for each field. It never overwrites a file.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newReleaseFile, InputError, type NewReleaseInput } from './new/new-release.ts';
import { askRelease } from './new/ask-release.ts';
import { validateRelease } from '@/release/validate.ts';
import { formatProblem } from '@/release/problems.ts';
import { projectPath } from '@/release/files.ts';
import { environment } from '@/config.ts';

const RELEASES = environment().releasesDir;

try {
  const { values } = parseArgs({
    options: {
      title: { type: 'string' },
      ministry: { type: 'string' },
      province: { type: 'string', multiple: true, default: [] },
      date: { type: 'string' },
      source: { type: 'string' },
      slug: { type: 'string' },
      publish: { type: 'boolean', default: false },
    },
  });
  const now = environment().now;
  const interactive = process.argv.length <= 2 && process.stdin.isTTY;
  if (!interactive && (values.title === undefined || values.ministry === undefined)) {
    throw new InputError(
      'usage: npm run new -- --title "…" --ministry <slug or name> [--province TH-80 …] [--date yyyy-mm-dd] [--source URL] [--slug SLUG] [--publish]',
    );
  }
  const input: NewReleaseInput = interactive
    ? await askRelease(now, process.stdin, process.stdout)
    : {
        title: values.title ?? '',
        ministry: values.ministry ?? '',
        provinces: values.province,
        publish: values.publish,
        ...(values.date ? { date: values.date } : {}),
        ...(values.source ? { source: values.source } : {}),
        ...(values.slug ? { slug: values.slug } : {}),
      };
  const folder = path.resolve(RELEASES);
  const file = newReleaseFile(input, now, (relative) => existsSync(path.join(folder, relative)));
  const target = path.join(folder, file.path);
  const shown = projectPath(process.cwd(), target);
  // The same validation as the build: what `new` writes must pass `check`.
  const result = validateRelease(shown, file.text, { now });
  if (!result.ok) throw new InputError(result.problems.map(formatProblem).join('\n'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.text, { flag: 'wx' });
  console.log(`สร้าง ${shown} แล้ว / created ${shown}`);
  // A release dated later is scheduled: say when it will appear.
  for (const warning of result.warnings) console.log(formatProblem(warning));
  if (!input.publish)
    console.log('เป็นฉบับร่าง: ลบบรรทัด draft: true เมื่อพร้อมเผยแพร่ / it is a draft: delete the line draft: true to publish it');
} catch (error) {
  const known =
    error instanceof InputError ||
    (error as { code?: string }).code === 'EEXIST' ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!known) throw error;
  console.error((error as Error).message);
  process.exitCode = 2;
}
