/**
 * npm run new -- --title "…" --ministry <name or slug> [--province <name or code> …]
 *                [--date <date>] [--source URL] [--slug SLUG] [--publish]
 *                [--image photo.jpg --alt "…" [--caption "…"]]
 * Creates a release file (a draft unless --publish) that passes `npm run check`, and copies
 * its lead photo into its folder (scripts/new/lead-photo.ts). Names and
 * Thai-written dates are read as an editor means them. On a terminal, without a title or a
 * ministry, it asks for each field and checks each answer as it is given. It never
 * overwrites a file; Ctrl+D or Ctrl+C cancels and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newReleaseFile } from './new/new-release.ts';
import { Cancelled, gatherAnswers, RefusedAnswers, type Given } from './new/ask-release.ts';
import { previewUrl } from './new/preview-url.ts';
import { askLeadPhoto } from './new/ask-lead-photo.ts';
import { leadPhotoOption, leadPhotoReport, placeLeadPhoto } from './new/lead-photo.ts';
import { validateRelease } from '@/release/validate.ts';
import { formatProblem } from '@/release/problems.ts';
import { projectPath } from '@/release/files.ts';
import { environment } from '@/config.ts';

const USAGE = `usage: npm run new -- --title "…" --ministry <name or slug> [--province <name or code> …] [--date yyyy-mm-dd] [--source URL] [--slug SLUG] [--publish] [--image photo.jpg --alt "…" [--caption "…"]]
  ไม่ใส่ --title หรือ --ministry ในหน้าต่างเทอร์มินัล โปรแกรมจะถามทีละช่อง / on a terminal, without --title or --ministry, it asks for each field`;

/** The exit code of a process ended by Ctrl+C (128 + SIGINT), which a cancelled answer also gets. */
const CANCELLED = 130;

const env = environment();
const folder = path.resolve(env.releasesDir);

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
      image: { type: 'string' },
      alt: { type: 'string' },
      caption: { type: 'string' },
    },
  });
  const interactive = process.stdin.isTTY && (values.title === undefined || values.ministry === undefined);
  if (!interactive && (values.title === undefined || values.ministry === undefined)) throw new RefusedAnswers(USAGE);
  if (values.publish && !values.source) throw new RefusedAnswers('การเผยแพร่ต้องมีที่มา ใส่ --source / --publish needs --source');
  const given: Given = {
    title: values.title,
    ministry: values.ministry,
    provinces: values.province.length ? values.province.join(',') : undefined,
    date: values.date,
    source: values.source,
    slug: values.slug,
  };
  const release = await gatherAnswers(
    given,
    { now: env.now, exists: (relative) => existsSync(path.join(folder, relative)) },
    interactive ? { input: process.stdin, output: process.stdout, terminal: true } : undefined,
    process.stdout,
  );
  // Read and checked before anything is written; asked for on a terminal when not given.
  const lead =
    (await leadPhotoOption(values)) ??
    (interactive ? await askLeadPhoto({ input: process.stdin, output: process.stdout, terminal: true }) : undefined);
  const file = newReleaseFile(release, values.publish, lead?.image);
  const target = path.join(folder, file.path);
  const shown = projectPath(process.cwd(), target);
  // The same validation as the build: what `new` writes must pass `check`.
  const result = validateRelease(shown, file.text, { now: env.now });
  if (!result.ok) throw new RefusedAnswers(result.problems.map(formatProblem).join('\n'));
  await mkdir(path.dirname(target), { recursive: true });
  const photo = lead && file.photo ? await placeLeadPhoto(lead, path.join(folder, file.photo)) : undefined;
  await writeFile(target, file.text, { flag: 'wx' }).catch(async (error: unknown) => {
    // The photo was copied for this file alone.
    if (photo) await rm(photo);
    throw error;
  });
  console.log(`สร้าง ${shown} แล้ว / created ${shown}`);
  if (lead && photo) console.log(leadPhotoReport(lead, projectPath(process.cwd(), photo)));
  // A release dated later is scheduled: say when it will appear.
  for (const warning of result.warnings) console.log(formatProblem(warning));
  console.log(`ดูตัวอย่าง: สั่ง npm run dev แล้วเปิด / preview: run npm run dev, then open ${previewUrl(release.slug, env.base)}`);
  console.log(
    `ชื่อไฟล์ ${release.slug} คือที่อยู่ของข่าว เปลี่ยนไม่ได้หลังเผยแพร่ / the slug ${release.slug} is the release's address: it never changes once published`,
  );
  if (!values.publish)
    console.log('เป็นฉบับร่าง: ลบบรรทัด draft: true เมื่อพร้อมเผยแพร่ / it is a draft: delete the line draft: true to publish it');
} catch (error) {
  if (error instanceof Cancelled) {
    console.error('\nยกเลิกแล้ว ไม่ได้สร้างไฟล์ / cancelled: no file was written');
    process.exitCode = CANCELLED;
  } else {
    const known =
      error instanceof RefusedAnswers ||
      (error as { code?: string }).code === 'EEXIST' ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!known) throw error;
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
