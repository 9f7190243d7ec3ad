/**
 * `npm run import`: raw thaigov files in, release files out. Deterministic, idempotent,
 * never overwriting a file an editor changed (unless forced), never deleting anything,
 * and naming every input it skips with the reason.
 */
import { readFile, readdir, stat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeInput } from '../../src/lib/import/decode-input.ts';
import { parseThaigov, type SkipReason } from '../../src/lib/import/parse-thaigov.ts';
import { detectMinistry } from '../../src/lib/import/detect-ministry.ts';
import { detectProvinces } from '../../src/lib/import/detect-provinces.ts';
import { detectLanguage } from '../../src/lib/import/detect-language.ts';
import { releaseMarkdown, isUnedited } from '../../src/lib/import/release-markdown.ts';
import { validateRelease } from '../../src/lib/validate-release.ts';
import { formatProblem } from '../../src/lib/schema/problems.ts';
import { projectPath } from '../../src/lib/release-files.ts';

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
  skipped: { input: string; reason: SkipReason | 'fails validation'; detail?: string }[];
}

const IO_WINDOW = 32;

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], unchanged: [], refused: [], skipped: [] };
  const inputs = await expandInputs(options.inputs);
  const firstInputOf = new Map<string, string>();
  // Files are handled in order (the first of two with one source id wins), but reads run
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
  for (const [i, file] of inputs.entries()) {
    options.onProgress?.(i, inputs.length);
    for (let ahead = i; ahead < i + IO_WINDOW; ahead++) void readAhead(ahead)?.catch(() => undefined);
    const bytes = await readAhead(i)!;
    reads.delete(i);
    const input = projectPath(options.root, file);
    const skip = (reason: ImportReport['skipped'][number]['reason'], detail?: string): void => {
      report.skipped.push(detail ? { input, reason, detail } : { input, reason });
    };
    const decoded = decodeInput(bytes);
    if (!decoded.ok) {
      skip(decoded.reason === 'empty file' ? 'empty body' : 'unreadable', decoded.reason);
      continue;
    }
    const parsed = parseThaigov(decoded.text);
    if (!parsed.ok) {
      skip(parsed.reason, parsed.detail);
      continue;
    }
    const { release } = parsed;
    const first = firstInputOf.get(release.sourceId);
    if (first) {
      skip('duplicate source id', `source id ${release.sourceId} was already imported from ${first}`);
      continue;
    }
    firstInputOf.set(release.sourceId, input);
    const text = [release.title, ...release.paragraphs].join('\n');
    const file_ = releaseMarkdown(release, detectMinistry(release.title, release.paragraphs), detectProvinces(text), detectLanguage([text]));
    const target = path.join(options.out, file_.path);
    const output = projectPath(options.root, target);
    // One schema: an imported file must pass what the build and `npm run check` check.
    const validation = validateRelease(output, file_.text, { now: options.now });
    if (!validation.ok) {
      skip('fails validation', validation.problems.map(formatProblem).join('; '));
      continue;
    }
    const existing = await readFile(target, 'utf8').catch(() => undefined);
    const written = { input, output };
    if (existing === file_.text) report.unchanged.push(written);
    else if (existing !== undefined && !isUnedited(existing) && !options.force) report.refused.push(written);
    else {
      (existing === undefined ? report.imported : report.updated).push(written);
      if (!options.dryRun) {
        writes.push(mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, file_.text)));
        if (writes.length >= IO_WINDOW) await Promise.all(writes.splice(0));
      }
    }
  }
  await Promise.all(writes);
  options.onProgress?.(inputs.length, inputs.length);
  return report;
}

/** Files as given, folders walked recursively; sorted so every run goes in one order. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      files.push(...entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => path.join(e.parentPath, e.name)));
    } else files.push(input);
  }
  return [...new Set(files.map((f) => path.resolve(f)))].sort();
}

export function summarise(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${dryRun ? 'ทดลอง (ไม่เขียนไฟล์) / dry run, nothing written: ' : ''}นำเข้าใหม่ ${report.imported.length} · ปรับปรุง ${report.updated.length} · ไม่เปลี่ยน ${report.unchanged.length} · ไม่เขียนทับ ${report.refused.length} · ข้าม ${report.skipped.length}`,
    `imported ${report.imported.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}, refused (edited since import) ${report.refused.length}, skipped ${report.skipped.length}`,
  ];
  if (report.imported.length + report.updated.length === 0 && report.unchanged.length > 0) {
    lines.push('ไม่มีอะไรเปลี่ยน / nothing changed: every release is already imported as it is');
  }
  for (const r of report.refused) lines.push(`  refused  ${r.output}: edited since it was imported; use --force to overwrite (from ${r.input})`);
  for (const s of report.skipped) lines.push(`  skipped  ${s.input}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`);
  return lines.join('\n');
}
