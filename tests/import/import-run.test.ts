import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runImport, summarise, type ImportOptions } from '../../scripts/import/import-run.ts';
import { runScript, ROOT } from '../helpers/run-script.ts';

const SEED = path.resolve(ROOT, '../shared/seed/000_e52606ff80856709.txt');
const SEED_RELEASE = path.join(ROOT, 'content/releases/2017/11/2017-11-02-7766.md');
const RELEASE = (id: string, title = 'ข่าวทดสอบ') =>
  `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}\n\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n${title}\nกระทรวงแรงงานจัดงานครั้งที่ ${id} ที่จังหวัดเชียงใหม่\n\nที่มา : http://www.thaigov.go.th/news/contents/details/${id}\n`;

let work: string;
let input: string;
let out: string;
const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  inputs: [input],
  out,
  dryRun: false,
  force: false,
  root: work,
  now: new Date('2026-11-23T00:00:00Z'),
  ...extra,
});

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'thalaeng-import-'));
  input = path.join(work, 'raw');
  out = path.join(work, 'content/releases');
  await mkdir(input, { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('npm run import', () => {
  it('writes <yyyy>/<mm>/<date>-<source id>.md with ministry and provinces', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    const report = await runImport(options());
    expect(report.imported).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' }]);
    const text = await readFile(path.join(out, '2017/11/2017-11-02-101.md'), 'utf8');
    expect(text).toContain('ministry: labour\nprovinces: [TH-50]\n');
  });

  it('marks a release written in English lang: en, and writes no lang for Thai', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(
      path.join(input, 'Government News_1.txt'),
      `รัฐบาลไทย-Government News-PM meets the press\n\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\nPM meets the press\nThe Prime Minister met the press at Government House on 2 November 2017.\n\nที่มา : http://www.thaigov.go.th/news/contents/details/102\n`,
    );
    await runImport(options());
    expect(await readFile(path.join(out, '2017/11/2017-11-02-102.md'), 'utf8')).toMatch(/\nlang: en\n/);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-101.md'), 'utf8')).not.toContain('lang:');
  });

  it('gives byte-identical output, and a second run changes nothing and says so', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await runImport(options());
    const first = await readFile(path.join(out, '2017/11/2017-11-02-101.md'));
    const again = await runImport(options());
    expect(again.unchanged).toHaveLength(1);
    expect(again.imported).toHaveLength(0);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-101.md'))).toEqual(first);
  });

  it('never overwrites a file an editor changed, unless forced; updates an untouched one', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await runImport(options());
    const target = path.join(out, '2017/11/2017-11-02-101.md');
    const edited = (await readFile(target, 'utf8')).replace('ข่าวทดสอบ\n', 'ข่าวทดสอบ แก้โดยบรรณาธิการ\n');
    await writeFile(target, edited);
    await writeFile(path.join(input, 'a.txt'), RELEASE('101', 'ข่าวทดสอบฉบับใหม่'));
    const refused = await runImport(options());
    expect(refused.refused).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' }]);
    expect(await readFile(target, 'utf8')).toBe(edited);
    const forced = await runImport(options({ force: true }));
    expect(forced.updated).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toContain('title: ข่าวทดสอบฉบับใหม่');
    await writeFile(path.join(input, 'a.txt'), RELEASE('101', 'ข่าวทดสอบฉบับที่สาม'));
    expect((await runImport(options())).updated).toHaveLength(1);
  });

  it('writes nothing on --dry-run and deletes nothing ever', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    const report = await runImport(options({ dryRun: true }));
    expect(report.imported).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    await runImport(options());
    await rm(path.join(input, 'a.txt'));
    await runImport(options());
    expect(existsSync(path.join(out, '2017/11/2017-11-02-101.md'))).toBe(true);
  });

  it('names every skipped input with its reason', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'b-duplicate.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'c-empty.txt'), '');
    await writeFile(path.join(input, 'd-binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    await writeFile(path.join(input, 'e-no-date.txt'), RELEASE('102').replace('วันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n', ''));
    await writeFile(path.join(input, 'f-no-source.txt'), RELEASE('103').replace(/ที่มา.*\n/, ''));
    await writeFile(path.join(input, 'g-no-body.txt'), RELEASE('104').replace(/กระทรวงแรงงาน.*\n/, ''));
    await writeFile(path.join(input, 'h-not-release.txt'), 'สวัสดีครับ พี่น้องประชาชน\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n');
    const report = await runImport(options());
    expect(report.skipped.map((s) => [s.input, s.reason])).toEqual([
      ['raw/b-duplicate.txt', 'duplicate source id'],
      ['raw/c-empty.txt', 'empty body'],
      ['raw/d-binary.txt', 'unreadable'],
      ['raw/e-no-date.txt', 'no date'],
      ['raw/f-no-source.txt', 'no source URL'],
      ['raw/g-no-body.txt', 'empty body'],
      ['raw/h-not-release.txt', 'not a press release'],
    ]);
  });

  it('prints a summary and writes the same as JSON with --report', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'z.txt'), '');
    const { code, stdout } = await runScript('import.ts', ['raw', '--out', 'content/releases', '--report', 'report.json'], {
      cwd: work,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('imported 1, updated 0, unchanged 0, refused (edited since import) 0, skipped 1');
    expect(stdout).toContain('skipped  raw/z.txt: empty body (empty file)');
    const report = JSON.parse(await readFile(path.join(work, 'report.json'), 'utf8'));
    expect(report.imported).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' }]);
    expect(report.skipped).toEqual([{ input: 'raw/z.txt', reason: 'empty body', detail: 'empty file' }]);
    const second = await runScript('import.ts', ['raw', '--out', 'content/releases'], { cwd: work });
    expect(second.stdout).toContain('nothing changed');
  });
});

describe('ministry calls for an editor to check', () => {
  /** The Prime Minister and the labour minister named together: pmo, labour close behind. */
  const writeCloseCallWithRunnerUp = (): Promise<void> =>
    writeFile(
      path.join(input, 'c.txt'),
      RELEASE('103', 'นายกรัฐมนตรีเยี่ยมชมงานของกระทรวงแรงงาน').replace(
        /กระทรวงแรงงาน.*เชียงใหม่/,
        'วันนี้ นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงแรงงาน ร่วมงานมหกรรมหางาน',
      ),
    );

  it('lists each close call in the summary and the report, and not a ministry named clearly', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(
      path.join(input, 'b.txt'),
      RELEASE('102', 'ขอเชิญประชาชนร่วมกิจกรรมวันหยุด').replace(/กระทรวงแรงงาน.*เชียงใหม่/, 'ร่วมกิจกรรมได้ทุกวัน'),
    );
    const report = await runImport(options());
    expect(report.closeCalls).toEqual([
      { output: 'content/releases/2017/11/2017-11-02-102.md', ministry: 'pmo', basis: 'nobody' },
    ]);
    expect(summarise(report, false)).toContain(
      'check    content/releases/2017/11/2017-11-02-102.md: ministry pmo, no one acts and no subject is one ministry’s: pmo by default',
    );
  });

  it('counts the close calls an earlier run wrote whose note is still there, edited since or not, and lists them in the report', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(
      path.join(input, 'b.txt'),
      RELEASE('102', 'ขอเชิญประชาชนร่วมกิจกรรมวันหยุด').replace(/กระทรวงแรงงาน.*เชียงใหม่/, 'ร่วมกิจกรรมได้ทุกวัน'),
    );
    await runImport(options());
    const closeCall = { output: 'content/releases/2017/11/2017-11-02-102.md', ministry: 'pmo', basis: 'nobody' };
    const again = await runImport(options());
    expect(again.unchanged).toHaveLength(2);
    expect(again.closeCalls).toEqual([]);
    // Only the close call, not labour's clear one, and the same in a dry run.
    expect(again.earlierCloseCalls).toEqual([closeCall]);
    expect((await runImport(options({ dryRun: true }))).earlierCloseCalls).toEqual([closeCall]);
    expect(summarise(again, false)).toContain('close calls from earlier runs whose note is still there, unchecked: 1');
    // A typo fixed elsewhere in the file: the file is the editor's now, but the ministry is still unchecked.
    const file = path.join(out, '2017/11/2017-11-02-102.md');
    const written = await readFile(file, 'utf8');
    await writeFile(file, written.replace('ร่วมกิจกรรมได้ทุกวัน', 'ร่วมกิจกรรมได้ทุกวันเสาร์'));
    const typo = await runImport(options());
    expect(typo.refused.map((r) => r.output)).toEqual([closeCall.output]);
    expect(typo.earlierCloseCalls).toEqual([closeCall]);
    // The ministry set, the note left: the note still asks, as the browser editor still shows it.
    await writeFile(file, written.replace('ministry: pmo', 'ministry: culture'));
    // Its basis was this run's reason for pmo, not for culture: left out.
    expect((await runImport(options())).earlierCloseCalls).toEqual([{ output: closeCall.output, ministry: 'culture' }]);
    // Deleting the note is the check.
    await writeFile(file, written.replace('ministry: pmo', 'ministry: culture').replace(/ # ควรตรวจ.*/, ''));
    const checked = await runImport(options());
    expect(checked.refused.map((r) => r.output)).toEqual([closeCall.output]);
    expect(checked.earlierCloseCalls).toEqual([]);
    expect(summarise(checked, false)).not.toContain('close calls from earlier runs');
  });

  it('names the runner-up beside a close call, the ministry or pmo the editor checks it against', async () => {
    await writeCloseCallWithRunnerUp();
    const report = await runImport(options());
    expect(report.closeCalls).toEqual([
      { output: 'content/releases/2017/11/2017-11-02-103.md', ministry: 'pmo', basis: 'close', runnerUp: 'labour' },
    ]);
    expect(summarise(report, false)).toContain(
      'check    content/releases/2017/11/2017-11-02-103.md: ministry pmo (or labour), another ministry or the government is named nearly as much',
    );
  });

  it('lists a call the words made, with why, and offers the default it replaced', async () => {
    // thaigov's security section, a conscription notice nobody signs: the rules' pmo by default, the words defence's.
    await writeFile(
      path.join(input, 'ด้านความมั่นคง_104.txt'),
      RELEASE('104', 'ชายไทยอายุ 21 ปี อย่าลืมไปรับการตรวจเลือกทหารกองเกิน').replace(
        /กระทรวงแรงงาน.*เชียงใหม่/,
        'ชายไทยที่อายุครบ 21 ปี ให้ไปแสดงตนเพื่อรับการตรวจเลือกเข้ารับราชการทหารกองประจำการ ตามวันที่กำหนดในหมายเรียก ผู้ที่สมัครใจเป็นทหารสามารถยื่นความจำนงได้ที่สัสดีอำเภอ\nทหารกองประจำการที่ปลดประจำการแล้วมีสิทธิสอบเข้าเป็นนักเรียนนายสิบ และได้รับการพิจารณาบรรจุเป็นข้าราชการทหาร กำลังพลทุกนายได้รับเงินเดือนและสวัสดิการ',
      ),
    );
    const report = await runImport(options());
    const output = 'content/releases/2017/11/2017-11-02-104.md';
    expect(report.closeCalls).toEqual([{ output, ministry: 'defence', basis: 'words', runnerUp: 'pmo' }]);
    expect(summarise(report, false)).toContain(
      `check    ${output}: ministry defence (or pmo), no one acts in person: taken from the words of the text`,
    );
    expect(await readFile(path.join(work, output), 'utf8')).toMatch(/^ministry: defence # ควรตรวจ: อาจเป็น pmo /m);
  });

  it('still counts a close call whose file an editor moved with its note', async () => {
    await writeCloseCallWithRunnerUp();
    await runImport(options());
    await mkdir(path.join(out, '2017/12'), { recursive: true });
    await rename(path.join(out, '2017/11/2017-11-02-103.md'), path.join(out, '2017/12/labour-fair.md'));
    const again = await runImport(options());
    expect(again.moved.map((r) => r.output)).toEqual(['content/releases/2017/12/labour-fair.md']);
    expect(again.earlierCloseCalls).toEqual([
      { output: 'content/releases/2017/12/labour-fair.md', ministry: 'pmo', basis: 'close', runnerUp: 'labour' },
    ]);
  });

  it('writes the close call beside its ministry for the editor; deleting that note marks it checked', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeCloseCallWithRunnerUp();
    const first = await runImport(options());
    expect(summarise(first, false)).toContain(
      'ตรวจกระทรวง 1 ไฟล์ แล้วลบหมายเหตุ “ควรตรวจ” ในไฟล์ / check the ministry of 1 releases, then delete',
    );
    // A dry run writes no note, and says so.
    expect(summarise(first, true)).toContain('1 ไฟล์จะมีหมายเหตุ “ควรตรวจ” ให้ตรวจกระทรวง / 1 releases would be noted');
    expect(summarise(first, true)).not.toContain('delete');
    const file = path.join(out, '2017/11/2017-11-02-103.md');
    const written = await readFile(file, 'utf8');
    expect(written).toContain(
      '\nministry: pmo # ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว / close call, or labour: delete this note once checked\n',
    );
    // A ministry named clearly gets no note.
    expect(await readFile(path.join(out, '2017/11/2017-11-02-101.md'), 'utf8')).toContain('\nministry: labour\n');
    // The editor found pmo right and deleted the note: the release is theirs now, no longer an unchecked close call.
    await writeFile(file, written.replace(/ # ควรตรวจ.*/, ''));
    const again = await runImport(options());
    expect(again.earlierCloseCalls).toEqual([]);
    expect(again.refused.map((r) => r.output)).toEqual(['content/releases/2017/11/2017-11-02-103.md']);
    expect(await readFile(file, 'utf8')).toContain('\nministry: pmo\n');
  });
});

describe('a run that meets moved files and what it cannot read or write', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = order === 'le' ? le : Buffer.from(le).swap16();
    return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
  };

  it('recognises a release an editor moved or renamed by its source id, and writes no second copy', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await runImport(options());
    await mkdir(path.join(out, '2017/12'), { recursive: true });
    await rename(path.join(out, '2017/11/2017-11-02-101.md'), path.join(out, '2017/12/labour-fair.md'));
    const again = await runImport(options());
    expect(again.moved).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/12/labour-fair.md' }]);
    expect(again.imported).toEqual([]);
    expect(existsSync(path.join(out, '2017/11/2017-11-02-101.md'))).toBe(false);
    // An editor's copy beside the imported file does not hide it: the file is there, unchanged.
    await copyFile(path.join(out, '2017/12/labour-fair.md'), path.join(out, '2017/11/2017-11-02-101.md'));
    await copyFile(path.join(out, '2017/12/labour-fair.md'), path.join(out, '2017/11/0-copy.md'));
    expect((await runImport(options())).unchanged).toEqual([
      { input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' },
    ]);
  });

  it('writes a release thaigov posted twice under two ids once, and names the second copy it skips', async () => {
    // thaigov's double postings: the same day, title and text, the id one apart.
    const posted = (id: string): string => RELEASE(id).replace(`ครั้งที่ ${id}`, 'ครั้งที่ 1');
    await writeFile(path.join(input, 'a.txt'), posted('101'));
    await writeFile(path.join(input, 'b.txt'), posted('102'));
    await writeFile(path.join(input, 'c-other-day.txt'), posted('103').replace('2 พฤศจิกายน', '3 พฤศจิกายน'));
    const report = await runImport(options());
    expect(report.imported.map((w) => w.output)).toEqual([
      'content/releases/2017/11/2017-11-02-101.md',
      'content/releases/2017/11/2017-11-03-103.md',
    ]);
    expect(report.skipped).toEqual([
      {
        input: 'raw/b.txt',
        reason: 'duplicate text',
        detail: 'the same date, title and text as raw/a.txt, under another source id',
      },
    ]);
    expect(summarise(report, false)).toContain('skipped  raw/b.txt: duplicate text (the same date, title and text as raw/a.txt');
    // Imported alone later, after an editor moved the first copy: still no second one.
    await mkdir(path.join(out, '2017/12'), { recursive: true });
    await rename(path.join(out, '2017/11/2017-11-02-101.md'), path.join(out, '2017/12/labour-fair.md'));
    const alone = await runImport(options({ inputs: [path.join(input, 'b.txt')] }));
    expect(alone.imported).toEqual([]);
    expect(alone.skipped[0]?.detail).toBe(
      'the same date, title and text as content/releases/2017/12/labour-fair.md, under another source id',
    );
    // A copy an editor has changed is a release of its own.
    const moved = path.join(out, '2017/12/labour-fair.md');
    await writeFile(moved, (await readFile(moved, 'utf8')).replace('ครั้งที่ 1', 'ครั้งที่ 1 (แก้ไข)'));
    expect((await runImport(options({ inputs: [path.join(input, 'b.txt')] }))).imported).toHaveLength(1);
  });

  it('keeps the copy already in the folder, and names a second one an earlier import wrote for the editor to delete', async () => {
    await writeFile(path.join(input, 'b.txt'), RELEASE('102').replace('ครั้งที่ 102', 'ครั้งที่ 1'));
    await runImport(options());
    await writeFile(path.join(input, 'a.txt'), RELEASE('101').replace('ครั้งที่ 101', 'ครั้งที่ 1'));
    const report = await runImport(options());
    expect(report.imported).toEqual([]);
    expect(report.skipped[0]?.detail).toBe(
      'the same date, title and text as content/releases/2017/11/2017-11-02-102.md, under another source id',
    );
    // Both copies written before the importer knew them for one (imported apart, then put together).
    await runImport(options({ inputs: [path.join(input, 'a.txt')], out: path.join(work, 'apart') }));
    await rename(path.join(work, 'apart/2017/11/2017-11-02-101.md'), path.join(out, '2017/11/2017-11-02-101.md'));
    const again = await runImport(options());
    expect(again.unchanged.map((w) => w.output)).toEqual(['content/releases/2017/11/2017-11-02-101.md']);
    expect(again.skipped[0]?.detail).toBe(
      'the same date, title and text as raw/a.txt, under another source id; content/releases/2017/11/2017-11-02-102.md holds it from an earlier import: delete that file',
    );
    expect(existsSync(path.join(out, '2017/11/2017-11-02-102.md'))).toBe(true);
    // Once an editor has changed that copy, it is theirs: refused as any edited file, and no word of deleting it.
    const second = path.join(out, '2017/11/2017-11-02-102.md');
    await writeFile(second, (await readFile(second, 'utf8')).replace('ครั้งที่ 1', 'ครั้งที่ 1 (แก้ไข)'));
    const edited = await runImport(options());
    expect(edited.refused.map((w) => w.output)).toEqual(['content/releases/2017/11/2017-11-02-102.md']);
    expect(edited.skipped).toEqual([]);
  });

  /** thaigov's own copy of a weekly address, filed under the broadcast's day as details/712 is. */
  const writeCopy = async (file: string, day: string, published: string, id: string): Promise<void> => {
    await mkdir(path.join(input, path.dirname(file)), { recursive: true });
    await writeFile(
      path.join(input, file),
      `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-วันที่ ${day}\n\n${published}\nวันที่ ${day}\nรายการคืนความสุขให้คนในชาติ วันที่ ${day}\n` +
        `สวัสดีครับพ่อแม่พี่น้องชาวไทยทุกท่าน\n\nที่มา : http://www.thaigov.go.th/news/contents/details/${id}\n`,
    );
  };
  const writeTranscript = async (file: string): Promise<void> => {
    await mkdir(path.join(input, path.dirname(file)), { recursive: true });
    await writeFile(path.join(input, file), 'สวัสดีครับพ่อแม่พี่น้องชาวไทยทุกท่าน\n');
  };

  it('imports a transcript of the weekly address as a draft, and knows its broadcast once an editor retitled, moved and published it', async () => {
    const archive = path.join(input, 'รายการคืนความสุขให้คนในชาติ/2558/2');
    await mkdir(archive, { recursive: true });
    const speech = 'สวัสดีครับ พี่น้องประชาชนที่รักทุกท่าน\nรัฐบาลจะดูแลเกษตรกรชาวสวนยางที่จังหวัดสุราษฎร์ธานี\n';
    // Two files of one broadcast (the archive also names a day 17-10.txt); files go in order, so 27-2.txt first.
    await writeFile(path.join(archive, '27-2.txt'), speech);
    await writeFile(path.join(archive, '27.txt'), speech);
    const first = await runImport(options());
    const output = 'content/releases/2015/02/2015-02-27-khuen-khwam-suk.md';
    expect(first.imported).toEqual([{ input: 'raw/รายการคืนความสุขให้คนในชาติ/2558/2/27-2.txt', output }]);
    expect(first.drafts).toEqual(first.imported);
    expect(first.skipped).toEqual([
      {
        input: 'raw/รายการคืนความสุขให้คนในชาติ/2558/2/27.txt',
        reason: 'duplicate broadcast',
        detail:
          '“รายการคืนความสุขให้คนในชาติ วันที่ 27 กุมภาพันธ์ 2558” was already imported from raw/รายการคืนความสุขให้คนในชาติ/2558/2/27-2.txt',
      },
    ]);
    expect(summarise(first, false)).toContain('1 written as drafts: transcripts of the Prime Minister');
    expect(summarise(first, false)).toContain(`  draft    ${output} (from raw/รายการคืนความสุขให้คนในชาติ/2558/2/27-2.txt)`);
    expect(summarise(first, true)).toContain('1 would be written as drafts');
    const text = await readFile(path.join(work, output), 'utf8');
    expect(text).toMatch(
      /^title: รายการคืนความสุขให้คนในชาติ วันที่ 27 กุมภาพันธ์ 2558\ndate: 2015-02-27\nministry: pmo\nprovinces: \[TH-84\]\ncategory: weekly-address\n/m,
    );
    expect(text).toContain('\ndraft: true\n');
    expect(text).not.toContain('source:');
    // The editor retitles it, gives thaigov's address, publishes it and files it under another name.
    const published = text
      .replace(/^title: .*$/m, 'title: นายกฯ ห่วงใยชาวสวนยาง')
      .replace('draft: true\n', 'source: https://www.thaigov.go.th/news/contents/details/7\n');
    await writeFile(path.join(out, '2015/02/weekly-address.md'), published);
    await rm(path.join(work, output));
    const again = await runImport(options());
    expect(again.moved).toEqual([
      { input: 'raw/รายการคืนความสุขให้คนในชาติ/2558/2/27-2.txt', output: 'content/releases/2015/02/weekly-address.md' },
    ]);
    expect([again.imported, again.drafts]).toEqual([[], []]);
    expect(existsSync(path.join(work, output))).toBe(false);
  });

  it('writes a broadcast once where thaigov published its own copy, in one run or a later one', async () => {
    await writeCopy('5/รายการคืนความสุขให้ทุกคนในชาติ_1.txt', '19 สิงหาคม 2559', 'วันพุธที่ 2 พฤศจิกายน 2559', '712');
    await writeTranscript('รายการคืนความสุขให้คนในชาติ/2559/8/19.txt');
    const archive = path.join(input, 'รายการคืนความสุขให้คนในชาติ/2559/8');
    const copy = { input: 'raw/5/รายการคืนความสุขให้ทุกคนในชาติ_1.txt', output: 'content/releases/2016/11/2016-11-02-712.md' };
    const transcript = 'raw/รายการคืนความสุขให้คนในชาติ/2559/8/19.txt';
    const run = await runImport(options());
    expect(run.imported).toEqual([copy]);
    expect(run.skipped).toEqual([
      {
        input: transcript,
        reason: 'duplicate broadcast',
        detail: `“รายการคืนความสุขให้คนในชาติ วันที่ 19 สิงหาคม 2559” was already imported from ${copy.input}`,
      },
    ]);
    // Given the transcript alone later, the copy in the folder is the broadcast.
    const later = await runImport(options({ inputs: [archive] }));
    expect(later.moved).toEqual([{ input: transcript, output: copy.output }]);
    expect(later.imported).toEqual([]);
  });

  it('writes thaigov’s copy after its transcript, and names the transcript to delete', async () => {
    await writeTranscript('รายการคืนความสุขให้คนในชาติ/2559/8/19.txt');
    await runImport(options());
    await writeCopy('5/รายการคืนความสุขให้ทุกคนในชาติ_1.txt', '19 สิงหาคม 2559', 'วันพุธที่ 2 พฤศจิกายน 2559', '712');
    const run = await runImport(options({ inputs: [path.join(input, '5')] }));
    const copy = 'content/releases/2016/11/2016-11-02-712.md';
    const draft = 'content/releases/2016/08/2016-08-19-khuen-khwam-suk.md';
    expect(run.imported.map((w) => w.output)).toEqual([copy]);
    expect(run.sameBroadcast).toEqual([{ output: draft, copy }]);
    expect(summarise(run, false)).toContain(
      `  same     ${draft}: the broadcast thaigov's own copy ${copy} is; delete the transcript`,
    );
  });

  it('takes a thaigov copy published on a broadcast’s day for no transcript of that day, and lists drafts by file', async () => {
    await writeCopy('5/รายการคืนความสุขให้ทุกคนในชาติ_2.txt', '12 สิงหาคม 2559', 'วันศุกร์ที่ 19 สิงหาคม 2559', '700');
    for (const file of [
      'รายการคืนความสุขให้คนในชาติ/2559/8/19.txt',
      'รายการคืนความสุขให้คนในชาติ/2557/5/30-5.txt',
      'จากใจนายกรัฐมนตรี/15_1_2559.txt',
    ])
      await writeTranscript(file);
    const run = await runImport(options());
    expect(run.skipped).toEqual([]);
    // Files go by input (จากใจ… before รายการ…); drafts are listed by the file they are written to.
    expect(run.drafts.map((w) => w.output)).toEqual([
      'content/releases/2014/05/2014-05-30-khuen-khwam-suk.md',
      'content/releases/2016/01/2016-01-15-chak-chai-nayok.md',
      'content/releases/2016/08/2016-08-19-khuen-khwam-suk.md',
    ]);
  });

  it('reports FIFOs, dangling links and link loops in one line each and imports the rest', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    execFileSync('mkfifo', [path.join(input, 'pipe.txt')]);
    await symlink(path.join(input, 'gone.txt'), path.join(input, 'dangling.txt'));
    await symlink(path.join(input, 'loop-b.txt'), path.join(input, 'loop-a.txt'));
    await symlink(path.join(input, 'loop-a.txt'), path.join(input, 'loop-b.txt'));
    await symlink(input, path.join(input, 'self'));
    const report = await runImport(options({ inputs: [input, path.join(work, 'missing')] }));
    expect(report.imported.map((w) => w.input)).toEqual(['raw/a.txt']);
    expect(report.failed).toEqual([
      { path: 'missing', reason: 'no such file or folder' },
      { path: 'raw/dangling.txt', reason: 'no such file or folder' },
      { path: 'raw/loop-a.txt', reason: 'a loop of symbolic links' },
      { path: 'raw/loop-b.txt', reason: 'a loop of symbolic links' },
      { path: 'raw/pipe.txt', reason: 'a FIFO (named pipe), not a release file' },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file and a folder it may not read', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'b.txt'), RELEASE('102'));
    await mkdir(path.join(input, 'closed'));
    await chmod(path.join(input, 'b.txt'), 0o000);
    await chmod(path.join(input, 'closed'), 0o000);
    const report = await runImport(options());
    expect(report.imported.map((w) => w.input)).toEqual(['raw/a.txt']);
    expect(report.failed).toEqual([
      { path: 'raw/b.txt', reason: 'permission denied' },
      { path: 'raw/closed', reason: 'permission denied' },
    ]);
  });

  it('reads UTF-16 with or without a byte-order mark, and names damaged UTF-16', async () => {
    await writeFile(path.join(input, 'le.txt'), utf16(RELEASE('101'), 'le', true));
    await writeFile(path.join(input, 'be.txt'), utf16(RELEASE('102'), 'be', true));
    await writeFile(path.join(input, 'no-bom.txt'), utf16(RELEASE('103'), 'le', false));
    await writeFile(path.join(input, 'cut.txt'), utf16(RELEASE('104'), 'le', true).subarray(0, 41));
    const report = await runImport(options());
    expect(report.imported.map((w) => w.output)).toEqual([
      'content/releases/2017/11/2017-11-02-102.md',
      'content/releases/2017/11/2017-11-02-101.md',
      'content/releases/2017/11/2017-11-02-103.md',
    ]);
    expect(report.skipped).toEqual([
      { input: 'raw/cut.txt', reason: 'unreadable', detail: 'UTF-16LE text that does not decode (cut short or damaged)' },
    ]);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-101.md'), 'utf8')).toContain('title: ข่าวทดสอบ\n');
  });

  it('goes on past a file standing where an output folder should be', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'b.txt'), RELEASE('102').replace('2 พฤศจิกายน 2560', '2 มกราคม 2561'));
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, '2017'), 'not a folder');
    const report = await runImport(options());
    expect(report.imported.map((w) => w.output)).toEqual(['content/releases/2018/01/2018-01-02-102.md']);
    expect(report.failed).toEqual([
      { path: 'content/releases/2017/11/2017-11-02-101.md', reason: 'a file stands where a folder should be' },
    ]);
  });

  it('ends with a one-line reason, the summary and exit code 1 for --out on a file and --report on a folder', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(work, 'out-file'), '');
    const onFile = await runScript('import.ts', ['raw', '--out', 'out-file'], { cwd: work });
    expect(onFile.code).toBe(1);
    expect(onFile.stdout).toContain('failed   out-file: the output (--out) is a file, not a folder');
    expect(onFile.stdout).toContain('imported 0,');
    await mkdir(path.join(work, 'reports'));
    const toFolder = await runScript('import.ts', ['raw', '--out', 'content/releases', '--report', 'reports'], { cwd: work });
    expect(toFolder.code).toBe(1);
    expect(toFolder.stdout).toContain('imported 1,');
    expect(toFolder.stderr.trim()).toBe('เขียนรายงานไม่ได้ / cannot write the report to reports: it is a folder');
    for (const run of [onFile, toFolder]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(!existsSync(SEED))('the seed release (needs ../shared)', () => {
  it('imports to exactly the committed release file, which passes npm run check', async () => {
    await copyFile(SEED, path.join(input, 'seed.txt'));
    const report = await runImport(options());
    expect(report.imported.map((w) => w.output)).toEqual(['content/releases/2017/11/2017-11-02-7766.md']);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-7766.md'), 'utf8')).toBe(await readFile(SEED_RELEASE, 'utf8'));
    expect(await readdir(path.join(out, '2017/11'))).toEqual(['2017-11-02-7766.md']);
  });
});
