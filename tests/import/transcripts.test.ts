import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../scripts/import/parse-raw.ts';
import { detectCategory } from '../../scripts/import/detect-category.ts';
import { ministryCallOfRelease } from '../../scripts/import/detect-ministry.ts';
import type { RawRelease } from '../../scripts/import/raw-release.ts';

const ARCHIVE = 'thaigov-2016-2020/รายการคืนความสุขให้คนในชาติ';
const SPEECH = [
  'สวัสดีครับ พี่น้องประชาชนที่รักทุกท่าน',
  'สัปดาห์นี้กระทรวงเกษตรและสหกรณ์ กระทรวงพาณิชย์ และกระทรวงการคลัง ร่วมกันดูแลราคายางพาราให้เกษตรกร',
];

function transcript(lines: readonly string[], file = `${ARCHIVE}/2558/2/27.txt`): RawRelease {
  const parsed = parseRaw(`${lines.join('\n')}\n`, file);
  if (!parsed.ok) throw new Error(`${parsed.reason}: ${parsed.detail ?? ''}`);
  return parsed.release;
}

describe('transcripts of the Prime Minister’s weekly address (no header, no source line)', () => {
  it('are titled as thaigov titles its own copies, dated the broadcast day of their path, with no source', () => {
    const release = transcript(SPEECH);
    expect(release.title).toBe('รายการคืนความสุขให้คนในชาติ วันที่ 27 กุมภาพันธ์ 2558');
    expect(release.date).toBe('2015-02-27');
    expect(release.source).toBeUndefined();
    expect(release.fileStem).toBe('2015-02-27-khuen-khwam-suk');
    expect(release.paragraphs).toEqual(SPEECH);
  });

  it.each([
    ['a day with its month again', `${ARCHIVE}/2557/10/17-10.txt`, '2014-10-17', 'รายการคืนความสุขให้คนในชาติ วันที่ 17 ตุลาคม 2557'],
    ['day_month_year', 'thaigov-2016-2020/จากใจนายกรัฐมนตรี/15_1_2559.txt', '2016-01-15', 'จากใจนายกรัฐมนตรี วันที่ 15 มกราคม 2559'],
  ])('read the date from a path of %s', (_, file, date, title) => {
    const release = transcript(SPEECH, file);
    expect([release.date, release.title]).toEqual([date, title]);
  });

  it('make the heading one opening paragraph (who spoke, where, when), without the programme’s bare name', () => {
    const release = transcript([
      'รายการ คืนความสุขให้คนในชาติ',
      'พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี',
      'กล่าวในรายการ "คืนความสุขให้คนในชาติ" ออกอากาศทางโทรทัศน์รวมการเฉพาะกิจแห่งประเทศไทย',
      'วันศุกร์ที่ 27 กุมภาพันธ์ 2558 เวลา 20.15 น.',
      '',
      ...SPEECH,
    ]);
    expect(release.paragraphs).toEqual([
      'พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวในรายการ "คืนความสุขให้คนในชาติ" ออกอากาศทางโทรทัศน์รวมการเฉพาะกิจแห่งประเทศไทย วันศุกร์ที่ 27 กุมภาพันธ์ 2558 เวลา 20.15 น.',
      ...SPEECH,
    ]);
    // Lists and feeds show the address itself.
    expect(release.summary).toBe(SPEECH.join(' '));
    expect(transcript(SPEECH).summary).toBeUndefined();
  });

  it('drop the programme’s name where the heading opens on it, or where it stands alone', () => {
    const release = transcript([
      'รายการคืนความสุขให้คนในชาติ วันศุกร์ที่ 27 กุมภาพันธ์ 2558',
      'พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี',
      'รายการ "คืนความสุขให้คนในชาติ" ออกอากาศทางโทรทัศน์รวมการเฉพาะกิจแห่งประเทศไทย',
      'รายการ “คืนความสุขให้คนในชาติ”',
      ...SPEECH,
    ]);
    expect(release.paragraphs[0]).toBe(
      'วันศุกร์ที่ 27 กุมภาพันธ์ 2558 พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี รายการ "คืนความสุขให้คนในชาติ" ออกอากาศทางโทรทัศน์รวมการเฉพาะกิจแห่งประเทศไทย',
    );
  });

  it('keep the address’s own mention of the programme as its text', () => {
    const opening = 'สวัสดีครับ พบกันอีกครั้งในรายการคืนความสุขให้คนในชาติ ครั้งที่ 9';
    expect(transcript([opening, SPEECH[1]!]).paragraphs).toEqual([opening, SPEECH[1]]);
  });

  describe('that lost their paragraph breaks (walls of 25,000 characters and more)', () => {
    const clause = (i: number): string =>
      `${i % 15 === 0 ? 'เรื่องการศึกษา' : 'พี่น้องประชาชนครับ'} รัฐบาลดูแลราคายางพาราให้เกษตรกรทุกพื้นที่อย่างต่อเนื่อง`;
    const wall = Array.from({ length: 300 }, (_, i) => clause(i + 1)).join(' ');

    it('are cut into paragraphs a reader can follow, before a word that opens a new subject, losing no word', () => {
      const paragraphs = transcript([wall]).paragraphs;
      expect(wall.length).toBeGreaterThan(10_000);
      expect(paragraphs.length).toBeGreaterThan(10);
      expect(paragraphs.join(' ')).toBe(wall);
      expect(paragraphs.slice(1).every((paragraph) => paragraph.startsWith('เรื่องการศึกษา'))).toBe(true);
    });

    it('are cut at a space past 1,500 characters where no new subject comes', () => {
      const plain = wall.replaceAll('เรื่องการศึกษา', 'พี่น้องประชาชนครับ');
      const paragraphs = transcript([plain]).paragraphs;
      expect(paragraphs.join(' ')).toBe(plain);
      expect(Math.max(...paragraphs.map((paragraph) => paragraph.length))).toBeLessThan(1_600);
    });

    it('but not after a word the next goes on from (หลาย ๆ เรื่อง, 11 เรื่อง)', () => {
      const counted = wall.replaceAll('เรื่องการศึกษา', (_, at: number) => (at % 2 ? 'หลาย ๆ เรื่องการศึกษา' : 'อีก 11 เรื่องการศึกษา'));
      const paragraphs = transcript([counted]).paragraphs;
      expect(paragraphs.join(' ')).toBe(counted);
      expect(paragraphs.some((paragraph) => paragraph.startsWith('เรื่องการศึกษา'))).toBe(false);
      expect(paragraphs.every((paragraph, at) => at === 0 || !/^(เรื่อง|\d|ๆ)/.test(paragraph))).toBe(true);
    });

    it('while a long paragraph of a transcript that kept its breaks stays whole', () => {
      const long = wall.slice(0, wall.lastIndexOf(' ', 9_000));
      expect(transcript([long]).paragraphs).toEqual([long]);
    });
  });

  it('go to the weekly-address category and to pmo, whatever ministries’ work the Prime Minister reviews', () => {
    const file = `${ARCHIVE}/2558/2/27.txt`;
    const category = detectCategory(file);
    expect(category).toEqual({ slug: 'weekly-address' });
    const release = transcript(SPEECH, file);
    expect(ministryCallOfRelease(release).slug).not.toBe('pmo');
    expect(ministryCallOfRelease(release, 'weekly-address')).toEqual({ slug: 'pmo', basis: 'category' });
  });

  it('are skipped with the reason where the path gives no real date, or the file is not in the archive', () => {
    expect(parseRaw(SPEECH.join('\n'), `${ARCHIVE}/2558/2/30.txt`)).toMatchObject({ ok: false, reason: 'no date' });
    expect(parseRaw(SPEECH.join('\n'), `${ARCHIVE}/notes.txt`)).toMatchObject({ ok: false, reason: 'no date' });
    expect(parseRaw(SPEECH.join('\n'), 'thaigov-2016-2020/5/27.txt')).toMatchObject({ ok: false, reason: 'not a press release' });
    expect(parseRaw('รายการคืนความสุขให้คนในชาติ\n', `${ARCHIVE}/2558/2/27.txt`)).toMatchObject({
      ok: false,
      reason: 'empty body',
    });
  });

  it('leave a thaigov release in the archive’s folder to the thaigov reader and its own section', () => {
    const raw = `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบ\n\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\nข่าวทดสอบ\nเนื้อข่าว\n\nที่มา : http://www.thaigov.go.th/news/contents/details/101\n`;
    expect(detectCategory(`${ARCHIVE}/2558/2/27.txt`, raw)).toEqual({ slug: 'government-house' });
    expect(parseRaw(raw, `${ARCHIVE}/2558/2/27.txt`)).toMatchObject({
      ok: true,
      release: { date: '2017-11-02', fileStem: '2017-11-02-101' },
    });
  });
});
