/**
 * Transcripts of the Prime Minister's weekly television address in thaigov's programme archive:
 * รายการคืนความสุขให้คนในชาติ/2558/2/27.txt (109 broadcasts, May 2014 – October 2016) and
 * จากใจนายกรัฐมนตรี/15_1_2559.txt. They carry no รัฐบาลไทย- header and no source line, so parseThaigov skips
 * them; their folder names the programme and their path the broadcast date. Some open with a heading
 * (the programme, who speaks, the channel, the date and time), most go straight into the address.
 */
import { cleanLine, cleanText } from './clean-text.ts';
import { dateLine } from './thai-date-line.ts';
import { isLeftover } from './leftovers.ts';
import { unwrapLines } from './unwrap-lines.ts';
import { splitLongParagraph } from './split-long-paragraph.ts';
import type { ParseResult } from './raw-release.ts';
import { gregorianYear } from '@/thai/buddhist-era.ts';
import { isRealCalendarDate } from '@/thai/calendar.ts';
import { thaiMonthName } from '@/thai/months.ts';
import { withStandardSpelling } from '@/thai/spelling.ts';
import { makeExcerpt } from '@/release/excerpt.ts';
import { SITE } from '@/config.ts';

export interface Programme {
  /** The archive's folder, which is also how thaigov names the programme in its own releases. */
  folder: string;
  /** The name without รายการ (programme), as headings may give it: คืนความสุขให้คนในชาติ. */
  name: string;
  /** Names the release files: `<date>-<slug>.md`. */
  slug: string;
  /** The name where a line opens on it, quoted or not, with รายการ or not (รายการ “คืนความสุขให้คนในชาติ” …). */
  opening: RegExp;
}

const programme = (folder: string, name: string, slug: string): Programme => ({
  folder,
  name,
  slug,
  opening: new RegExp(`^(รายการ)?\\s?["“]?\\s?${name}\\s?["”]?\\s*`),
});

const PROGRAMMES: readonly Programme[] = [
  programme('รายการคืนความสุขให้คนในชาติ', 'คืนความสุขให้คนในชาติ', 'khuen-khwam-suk'),
  programme('จากใจนายกรัฐมนตรี', 'จากใจนายกรัฐมนตรี', 'chak-chai-nayok'),
];

/** The programme whose archive folder holds `file`, if any. */
export function transcriptProgramme(file: string): Programme | undefined {
  const folders = file.split(/[\\/]/).slice(0, -1);
  return PROGRAMMES.find(({ folder }) => folders.includes(folder));
}

/** `<programme>/2558/2/27.txt`, `<programme>/2557/10/17-10.txt` (the month again), `<programme>/15_1_2559.txt`. */
const YEAR_MONTH_DAY = /(?:^|[\\/])(25\d\d)[\\/](\d{1,2})[\\/](\d{1,2})(?:-\d{1,2})?\.txt$/;
const DAY_MONTH_YEAR = /(?:^|[\\/])(\d{1,2})_(\d{1,2})_(25\d\d)\.txt$/;

/** The broadcast date a transcript's path gives, Buddhist era: the archive files each broadcast under its day. */
function broadcastDate(file: string): { year: number; month: number; day: number } | undefined {
  const ymd = YEAR_MONTH_DAY.exec(file);
  const dmy = ymd ? undefined : DAY_MONTH_YEAR.exec(file);
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (year === undefined) return undefined;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  return isRealCalendarDate(gregorianYear(date.year), date.month, date.day) ? date : undefined;
}

/**
 * A line of the heading: it names the broadcast (กล่าวในรายการ…, ออกอากาศทาง…, the programme's name), is the date
 * and time, or is the speaker's name and office alone (พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี). The address itself
 * mentions the programme too (พบกันอีกครั้งในรายการคืนความสุขให้คนในชาติ ครั้งที่ 9), but never opens on it.
 */
const HEADING_WORDS = /กล่าวในรายการ|ออกอากาศทาง/;
const SPEAKER_ALONE = /^\S+\s?\S+\s\S+\s(นายกรัฐมนตรี|หัวหน้าคณะรักษาความสงบแห่งชาติ)$/;
const HEADING_LINES = 6;
const HEADING_LENGTH = 300;

function isHeadingLine(line: string, programme: Programme): boolean {
  if (line.length > HEADING_LENGTH) return false;
  return (
    HEADING_WORDS.test(line) ||
    withoutProgrammeName(line, programme) !== line ||
    SPEAKER_ALONE.test(line) ||
    dateLine(line) !== undefined
  );
}

/** A line without the programme's name it opens on: the title gives it. */
function withoutProgrammeName(line: string, programme: Programme): string {
  return line.replace(programme.opening, '');
}

/**
 * The release a transcript makes: titled as thaigov titles its own copies of the broadcast
 * (`รายการคืนความสุขให้คนในชาติ วันที่ 19 สิงหาคม 2559`), dated the day it was broadcast, with no source.
 * The heading, where there is one, becomes the opening paragraph: who spoke, on which channel, when.
 */
export function parseTranscript(raw: string, file: string, programme: Programme): ParseResult {
  const date = broadcastDate(file);
  if (!date)
    return { ok: false, reason: 'no date', detail: `a ${programme.folder} transcript whose path gives no broadcast date` };
  const lines = cleanText(raw)
    .split('\n')
    .map(cleanLine)
    .filter((line) => line !== '' && !isLeftover(line));
  let bodyStart = 0;
  while (bodyStart < Math.min(lines.length, HEADING_LINES) && isHeadingLine(lines[bodyStart]!, programme)) bodyStart++;
  if (lines.length === bodyStart) return { ok: false, reason: 'empty body', detail: 'a transcript with a heading and no text' };
  // The name goes where the heading opens on it (รายการคืนความสุขให้คนในชาติ วันศุกร์ที่ 9 มกราคม 2558); later in the
  // heading it is part of a sentence (…นายกรัฐมนตรี รายการ "คืนความสุขให้คนในชาติ" ออกอากาศ…) unless it stands alone.
  const heading = lines
    .slice(0, bodyStart)
    .map((line, i) => {
      const without = withoutProgrammeName(line, programme);
      return i === 0 || without === '' ? without : line;
    })
    .filter((line) => line !== '')
    .join(' ');
  const speech = unwrapLines(lines.slice(bodyStart)).flatMap(splitLongParagraph).map(withStandardSpelling);
  const paragraphs = [...(heading ? [withStandardSpelling(heading)] : []), ...speech];
  const iso = `${gregorianYear(date.year)}-${pad(date.month)}-${pad(date.day)}`;
  const title = `${programme.folder} วันที่ ${date.day} ${thaiMonthName(date.month)} ${date.year}`;
  return {
    ok: true,
    release: {
      title,
      date: iso,
      fileStem: `${iso}-${programme.slug}`,
      paragraphs,
      // Lists and feeds show the address, not a heading that says again what the title says.
      ...(heading && { summary: makeExcerpt(speech.join('\n\n'), SITE.excerptLength) }),
    },
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
