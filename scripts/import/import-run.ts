/**
 * `npm run import`: raw thaigov files in, release files out. Deterministic, idempotent,
 * never overwriting a file an editor changed (unless forced) or writing a second copy of one
 * an editor moved, never deleting anything, naming every input it skips with the reason,
 * and going on past what it cannot read or write.
 */
import { readFile, readdir, stat, mkdir, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { decodeInput } from './decode-input.ts';
import type { SkipReason } from './raw-release.ts';
import { parseRaw } from './parse-raw.ts';
import { fileKeys, lookupKeys, runKeys, textKey, thaigovId, WEEKLY_ADDRESS } from './release-keys.ts';
import { CLOSE_CALL_REASONS, isCloseCall, type MinistryBasis, type MinistryCall } from './detect-ministry.ts';
import { ministryOfRelease } from './ministry-words.ts';
import { detectProvinces } from './detect-provinces.ts';
import { detectLanguage } from './detect-language.ts';
import { detectCategory } from './detect-category.ts';
import { releaseMarkdown, isUnedited } from './release-markdown.ts';
import { validateRelease } from '@/release/validate.ts';
import { formatProblem } from '@/release/problems.ts';
import { projectPath } from '@/release/files.ts';
import { closeCallNoteText, openCloseCallIn } from '@/release/close-call-note.ts';

export interface ImportOptions {
  inputs: readonly string[];
  out: string;
  dryRun: boolean;
  force: boolean;
  root: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface Written {
  input: string;
  output: string;
}

export interface ImportReport {
  /** New files. */
  imported: Written[];
  /** Files rewritten because the import gives something new and nobody had edited them. */
  updated: Written[];
  unchanged: Written[];
  /** Files an editor changed since they were imported: left as they are. */
  refused: Written[];
  /** Releases already in the output folder under another name (an editor moved or renamed the file): no second copy. */
  moved: Written[];
  /**
   * Written as drafts (imported or updated): transcripts of the Prime Minister's weekly address, which give no
   * source address; an editor adds thaigov's and deletes `draft: true` to publish one.
   */
  drafts: Written[];
  /** Files in the output folder that hold a broadcast whose thaigov copy this run wrote or found: a transcript to delete. */
  sameBroadcast: { output: string; copy: string }[];
  skipped: { input: string; reason: SkipReason | 'fails validation'; detail?: string }[];
  /** Imported without a category: their file names give a section content/categories.json does not know. */
  uncategorised: { input: string; section: string }[];
  /** What could not be read or written (permissions, special files, a file where a folder should be): the run goes on without it. */
  failed: { path: string; reason: string }[];
  /**
   * Releases this run wrote (imported or updated) whose ministry is a close call (one in nine, holding most wrong
   * ones): an editor should check it, against `runnerUp`, the ministry (or pmo) that came next.
   */
  closeCalls: CloseCall[];
  /**
   * Close calls, among this run's inputs, that an earlier run wrote and whose file, where it put it or where an
   * editor moved it, still carries the note beside the ministry that asks for a check (src/release/close-call-note.ts),
   * whether or not the file was edited since: nobody has checked the ministry yet. The ministry and runner-up are the
   * file's; the basis is left out where the file's ministry is no longer this run's close call. Counted in the
   * summary, listed in --report.
   */
  earlierCloseCalls: EarlierCloseCall[];
}

export interface CloseCall {
  output: string;
  ministry: string;
  basis: MinistryBasis;
  runnerUp?: string;
}

/** A close call an earlier run noted: the basis only while the file's ministry is still this run's close call. */
export type EarlierCloseCall = Omit<CloseCall, 'basis'> & { basis?: MinistryBasis };

const IO_WINDOW = 32;

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    imported: [],
    updated: [],
    unchanged: [],
    refused: [],
    moved: [],
    drafts: [],
    sameBroadcast: [],
    skipped: [],
    uncategorised: [],
    failed: [],
    closeCalls: [],
    earlierCloseCalls: [],
  };
  // Each written or unchanged release's ministry call, by output: the close ones are listed once the writes are done.
  const calls = new Map<string, MinistryCall>();
  // Close calls still noted in files an editor has changed or moved since: not checked yet.
  const notedByEditors: EarlierCloseCall[] = [];
  const stillNoted = (output: string, text: string | undefined, call: MinistryCall): void => {
    const open = text === undefined ? undefined : openCloseCallIn(text);
    // Why it was close only while this run's call is still that close call; the ministry and runner-up are the file's.
    if (open)
      notedByEditors.push({ output, ...open, ...(open.ministry === call.slug && isCloseCall(call) && { basis: call.basis }) });
  };
  const fail = (file: string, reason: string): void => {
    report.failed.push({ path: projectPath(options.root, file), reason });
  };
  const outInfo = await stat(options.out).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory()) {
    fail(options.out, 'the output (--out) is a file, not a folder');
    return report;
  }
  const inputs = await expandInputs(options.inputs, fail);
  // Where each release already is in the output folder, whatever the file is called now.
  const placed = outInfo ? await releasesByKey(options.out, options.root) : new Map<string, string>();
  const firstInputOf = new Map<string, string>();
  // Files are handled in order (the first of two with one key wins), but reads run
  // ahead and writes run behind, so the disk is never what everything waits for.
  const reads = new Map<number, Promise<Buffer>>();
  const readAhead = (i: number): Promise<Buffer> | undefined => {
    if (i >= inputs.length) return undefined;
    let read = reads.get(i);
    if (!read) {
      read = readFile(inputs[i]!);
      reads.set(i, read);
    }
    return read;
  };
  const writes: Promise<void>[] = [];
  const drafts = new Set<Written>();
  for (const [i, file] of inputs.entries()) {
    options.onProgress?.(i, inputs.length);
    for (let ahead = i; ahead < i + IO_WINDOW; ahead++) void readAhead(ahead)?.catch(() => undefined);
    const bytes = await readAhead(i)!.catch((error: unknown) => {
      fail(file, ioReason(error));
      return undefined;
    });
    reads.delete(i);
    if (!bytes) continue;
    const input = projectPath(options.root, file);
    const skip = (reason: ImportReport['skipped'][number]['reason'], detail?: string): void => {
      report.skipped.push(detail ? { input, reason, detail } : { input, reason });
    };
    const decoded = decodeInput(bytes);
    if (!decoded.ok) {
      skip(decoded.reason === 'empty file' ? 'empty body' : 'unreadable', decoded.reason);
      continue;
    }
    const parsed = parseRaw(decoded.text, file);
    if (!parsed.ok) {
      skip(parsed.reason, parsed.detail);
      continue;
    }
    const { release } = parsed;
    const category = detectCategory(file, decoded.text);
    const categorySlug = 'slug' in category ? category.slug : undefined;
    const keyed = { ...release, category: categorySlug };
    const keys = lookupKeys(keyed);
    const known = keys.find((key) => firstInputOf.has(key));
    if (known !== undefined) {
      const first = firstInputOf.get(known)!;
      if (known === thaigovId(release.source))
        skip('duplicate source id', `source id ${known} was already imported from ${first}`);
      else skip('duplicate broadcast', `“${release.title}” was already imported from ${first}`);
      continue;
    }
    for (const key of runKeys(keyed)) if (!firstInputOf.has(key)) firstInputOf.set(key, input);
    const text = [release.title, ...release.paragraphs].join('\n');
    if ('unknown' in category) report.uncategorised.push({ input, section: category.unknown });
    const call = ministryOfRelease(release, categorySlug);
    const file_ = releaseMarkdown(release, {
      ministry: call.slug,
      provinces: detectProvinces(text),
      lang: detectLanguage([text]),
      category: categorySlug,
      ministryNote: isCloseCall(call) ? closeCallNoteText(call.runnerUp) : undefined,
    });
    const target = path.join(options.out, file_.path);
    const output = projectPath(options.root, target);
    // One schema: an imported file must pass what the build and `npm run check` check.
    const validation = validateRelease(output, file_.text, { now: options.now });
    if (!validation.ok) {
      skip('fails validation', validation.problems.map(formatProblem).join('; '));
      continue;
    }
    const existing = await readFile(target, 'utf8').catch(() => undefined);
    const elsewhere = keys.map((key) => placed.get(key)).find((file) => file !== undefined);
    // thaigov's second posting of a release under another id: one copy is enough, and a reader would see both.
    const sameText = textKeyOf(file_.text)!;
    const firstCopy = firstInputOf.get(sameText);
    // Its own file from an earlier import, edited or moved since, is the editor's: it goes on as any such file does.
    if (firstCopy !== undefined && (existing === undefined ? elsewhere === undefined : isUnedited(existing))) {
      const earlier = existing === undefined ? '' : `; ${output} holds it from an earlier import: delete that file`;
      skip('duplicate text', `the same date, title and text as ${firstCopy}, under another source id${earlier}`);
      continue;
    }
    const copyInFolder = placed.get(sameText);
    if (existing === undefined && elsewhere === undefined && copyInFolder !== undefined) {
      skip('duplicate text', `the same date, title and text as ${copyInFolder}, under another source id`);
      continue;
    }
    firstInputOf.set(sameText, input);
    // A transcript of the broadcast this thaigov copy is, already in the folder: one of the two should go.
    const twin = release.source === undefined ? undefined : placed.get(release.title);
    const copyAt = existing === undefined ? (elsewhere ?? output) : output;
    if (categorySlug === WEEKLY_ADDRESS && twin !== undefined && twin !== copyAt)
      report.sameBroadcast.push({ output: twin, copy: copyAt });
    if (existing === undefined && elsewhere !== undefined) {
      report.moved.push({ input, output: elsewhere });
      stillNoted(elsewhere, await readFile(path.join(options.root, elsewhere), 'utf8').catch(() => undefined), call);
      continue;
    }
    const written = { input, output };
    if (existing === file_.text) {
      report.unchanged.push(written);
      calls.set(output, call);
    } else if (existing !== undefined && !isUnedited(existing) && !options.force) {
      report.refused.push(written);
      stillNoted(output, existing, call);
    } else {
      const list = existing === undefined ? report.imported : report.updated;
      list.push(written);
      if (release.source === undefined) drafts.add(written);
      calls.set(output, call);
      if (!options.dryRun) {
        const write = mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, file_.text));
        writes.push(
          write.catch((error: unknown) => {
            list.splice(list.indexOf(written), 1);
            fail(target, ioReason(error));
          }),
        );
        if (writes.length >= IO_WINDOW) await Promise.all(writes.splice(0));
      }
    }
  }
  await Promise.all(writes);
  report.drafts = [...report.imported, ...report.updated]
    .filter((written) => drafts.has(written))
    .sort((a, b) => a.output.localeCompare(b.output));
  report.failed.sort((a, b) => a.path.localeCompare(b.path));
  report.closeCalls = closeCallsAmong([...report.imported, ...report.updated], calls);
  report.earlierCloseCalls = [...closeCallsAmong(report.unchanged, calls), ...notedByEditors].sort((a, b) =>
    a.output.localeCompare(b.output),
  );
  options.onProgress?.(inputs.length, inputs.length);
  return report;
}

const FIELD_LINE = (field: string): RegExp => new RegExp(`^${field}:\\s*['"]?(\\S+?)['"]?\\s*$`, 'm');
const [SOURCE_LINE, CATEGORY_LINE, DATE_LINE] = ['source', 'category', 'date'].map(FIELD_LINE) as [RegExp, RegExp, RegExp];
// Never folded (write-front-matter.ts); an editor's quoting or escapes are YAML's to read.
const TITLE_LINE = /^title:.*$/m;

/** Release key (release-keys.ts) → release file (project path) for every release file below the output folder. */
async function releasesByKey(out: string, root: string): Promise<Map<string, string>> {
  const files = (await readdir(out, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const byKey = new Map<string, string>();
  for (let i = 0; i < files.length; i += IO_WINDOW) {
    const batch = files.slice(i, i + IO_WINDOW);
    const texts = await Promise.all(batch.map((f) => readFile(f, 'utf8').catch(() => '')));
    texts.forEach((text, j) => {
      const frontMatter = frontMatterOf(text);
      const category = CATEGORY_LINE.exec(frontMatter)?.[1];
      const keys = fileKeys({
        source: SOURCE_LINE.exec(frontMatter)?.[1],
        category,
        date: DATE_LINE.exec(frontMatter)?.[1] ?? '',
        // Read with YAML only where it is a key: a re-import reads the whole archive's front matter.
        title: category === WEEKLY_ADDRESS ? (titleOf(frontMatter) ?? '') : '',
      });
      const sameText = textKeyOf(text);
      for (const key of sameText === undefined ? keys : [...keys, sameText])
        if (key !== '' && !byKey.has(key)) byKey.set(key, projectPath(root, batch[j]!));
    });
  }
  return byKey;
}

/** A release file's front matter, up to its closing `---` line; empty where it has none. */
const frontMatterOf = (text: string): string => (text.startsWith('---\n') ? text.slice(0, text.indexOf('\n---', 3) + 1) : '');

/** A release file's text key (release-keys.ts): its date, its title line as written and its body. */
function textKeyOf(text: string): string | undefined {
  const frontMatter = frontMatterOf(text);
  const date = DATE_LINE.exec(frontMatter)?.[1];
  const title = TITLE_LINE.exec(frontMatter)?.[0];
  const bodyStart = text.indexOf('\n', frontMatter.length + 3) + 1;
  return date === undefined || title === undefined || bodyStart === 0 ? undefined : textKey(date, title, text.slice(bodyStart));
}

function titleOf(frontMatter: string): string | undefined {
  const line = TITLE_LINE.exec(frontMatter)?.[0];
  if (line === undefined) return undefined;
  try {
    const title: unknown = (parse(line) as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

/** One line for what the system said, without a stack trace. */
function ioReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'no such file or folder',
    ELOOP: 'a loop of symbolic links',
    EISDIR: 'a folder, not a file',
    ENOTDIR: 'a file stands where a folder should be',
    EEXIST: 'a file stands where a folder should be',
    EIO: 'input/output error',
  };
  return (code && reasons[code]) ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

/** What a path is when it is neither a file nor a folder. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Files as given, folders walked recursively (hidden names skipped); sorted so every run
 * goes in one order. What cannot be read, and anything but files and folders (a FIFO would
 * block the read forever), is reported and left out.
 */
async function expandInputs(inputs: readonly string[], fail: (file: string, reason: string) => void): Promise<string[]> {
  const files: string[] = [];
  const seenFolders = new Set<string>();
  const visit = async (entry: string): Promise<void> => {
    let info: Stats;
    try {
      info = await stat(entry);
    } catch (error) {
      fail(entry, ioReason(error));
      return;
    }
    if (info.isFile()) files.push(entry);
    else if (!info.isDirectory()) fail(entry, `${specialKind(info)}, not a release file`);
    else if (!seenFolders.has(`${info.dev}:${info.ino}`)) {
      seenFolders.add(`${info.dev}:${info.ino}`);
      let names: string[];
      try {
        names = (await readdir(entry)).filter((name) => !name.startsWith('.')).sort();
      } catch (error) {
        fail(entry, ioReason(error));
        return;
      }
      for (const name of names) await visit(path.join(entry, name));
    }
  };
  for (const input of inputs) await visit(path.resolve(input));
  return [...new Set(files)].sort();
}

export function summarise(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${dryRun ? 'ทดลอง (ไม่เขียนไฟล์) / dry run, nothing written: ' : ''}นำเข้าใหม่ ${report.imported.length} · ปรับปรุง ${report.updated.length} · ไม่เปลี่ยน ${report.unchanged.length} · ไม่เขียนทับ ${report.refused.length} · ข้าม ${report.skipped.length}`,
    `imported ${report.imported.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}, refused (edited since import) ${report.refused.length}, skipped ${report.skipped.length}`,
  ];
  if (report.moved.length > 0 || report.failed.length > 0) {
    lines.push(
      `ย้ายแล้ว ${report.moved.length} · ล้มเหลว ${report.failed.length} / moved by an editor ${report.moved.length}, failed (could not read or write) ${report.failed.length}`,
    );
  }
  if (report.imported.length + report.updated.length === 0 && report.unchanged.length > 0) {
    lines.push('ไม่มีอะไรเปลี่ยน / nothing changed: every release is already imported as it is');
  }
  for (const r of report.moved)
    lines.push(
      `  moved    ${r.output}: already imported as this file (moved or renamed since, or thaigov's own copy of the broadcast a transcript is); no second copy written (from ${r.input})`,
    );
  for (const f of report.failed) lines.push(`  failed   ${f.path}: ${f.reason}`);
  for (const r of report.refused)
    lines.push(`  refused  ${r.output}: edited since it was imported; use --force to overwrite (from ${r.input})`);
  for (const s of report.skipped) lines.push(`  skipped  ${s.input}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`);
  const drafts = report.drafts.length;
  const whyThai = 'บทถอดรายการของนายกรัฐมนตรีไม่มีลิงก์ต้นฉบับ ใส่ source: แล้วลบ draft: true เพื่อเผยแพร่';
  const why = `transcripts of the Prime Minister's weekly address give no source address; add thaigov's as source: and delete draft: true to publish one${drafts > SHOWN ? ' (all in --report)' : ''}`;
  if (drafts > 0)
    lines.push(
      dryRun
        ? `${drafts} ไฟล์จะเป็นร่าง: ${whyThai} / ${drafts} would be written as drafts: ${why}`
        : `เป็นร่าง ${drafts} ไฟล์: ${whyThai} / ${drafts} written as drafts: ${why}`,
    );
  lines.push(...shown(report.drafts, (d) => `  draft    ${d.output} (from ${d.input})`));
  for (const b of report.sameBroadcast)
    lines.push(`  same     ${b.output}: the broadcast thaigov's own copy ${b.copy} is; delete the transcript`);
  for (const u of report.uncategorised)
    lines.push(
      `  no category ${u.input}: imported without one; its section "${u.section}" is not in content/categories.json (add it to a category's aliases and import again)`,
    );
  const closeCalls = report.closeCalls.length;
  const allInReport = closeCalls > SHOWN ? ' (all in --report)' : '';
  if (closeCalls > 0)
    lines.push(
      dryRun
        ? `${closeCalls} ไฟล์จะมีหมายเหตุ “ควรตรวจ” ให้ตรวจกระทรวง / ${closeCalls} releases would be noted for an editor to check their ministry: close calls, where most wrong ones fall${allInReport}`
        : `ตรวจกระทรวง ${closeCalls} ไฟล์ แล้วลบหมายเหตุ “ควรตรวจ” ในไฟล์ / check the ministry of ${closeCalls} releases, then delete the note beside it: close calls, where most wrong ones fall${allInReport}`,
    );
  lines.push(
    ...shown(
      report.closeCalls,
      (c) =>
        `  check    ${c.output}: ministry ${c.ministry}${c.runnerUp ? ` (or ${c.runnerUp})` : ''}, ${CLOSE_CALL_REASONS[c.basis] ?? c.basis}`,
    ),
  );
  if (report.earlierCloseCalls.length > 0)
    lines.push(
      `ยังไม่ได้ตรวจ ${report.earlierCloseCalls.length} ไฟล์ที่ควรตรวจกระทรวงจากการนำเข้าครั้งก่อน / close calls from earlier runs whose note is still there, unchecked: ${report.earlierCloseCalls.length} (listed in --report as earlierCloseCalls)`,
    );
  return lines.join('\n');
}

/** A summary lists this many close calls, and as many drafts; --report has them all. */
const SHOWN = 20;

/** The first SHOWN of a list, one line each, and how many more there are. */
function shown<T>(list: readonly T[], line: (item: T) => string): string[] {
  return [...list.slice(0, SHOWN).map(line), ...(list.length > SHOWN ? [`  … and ${list.length - SHOWN} more`] : [])];
}

/** The close calls among these releases, sorted by output path. */
function closeCallsAmong(releases: readonly Written[], calls: ReadonlyMap<string, MinistryCall>): CloseCall[] {
  return releases
    .map(({ output }) => ({ output, call: calls.get(output)! }))
    .filter(({ call }) => isCloseCall(call))
    .sort((a, b) => a.output.localeCompare(b.output))
    .map(({ output, call }) => ({
      output,
      ministry: call.slug,
      basis: call.basis,
      ...(call.runnerUp && { runnerUp: call.runnerUp }),
    }));
}
