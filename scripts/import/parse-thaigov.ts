/**
 * Reads one release in thaigov.go.th's raw text format:
 *   รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<title>
 *   วันพฤหัสบดีที่ 2 พฤศจิกายน 2560
 *   <title again>
 *   <lead> / <lead and more> / <paragraphs…>
 *   ------   <issuing office>
 *   ที่มา : http://www.thaigov.go.th/news/contents/details/7766
 */
import { decodeHTML } from 'entities';
import { cleanText, cleanLine } from './clean-text.ts';
import { LIMITS } from '@/release/schema.ts';
import { dateLine, isMisspeltDateLine, parseThaiDateLine, parseSlashDate } from './thai-date-line.ts';
import { unwrapLines } from './unwrap-lines.ts';
import { joinWrappedResolutionTitles } from './cabinet-wrapped-titles.ts';
import { displayWidth, indexAtWidth } from '@/thai/display-width.ts';
import { withStandardSpelling } from '@/thai/spelling.ts';
import { THAI_MONTHS } from '@/thai/months.ts';
import {
  isLeftover,
  isSeparatorRow,
  joinDraftYears,
  radioSignOffOffice,
  startsRelatedList,
  withoutVideoPlayer,
} from './leftovers.ts';
import type { ParseResult, RawRelease } from './raw-release.ts';

const HEADER = /^รัฐบาลไทย\s*-/;
const SOURCE = /ที่มา\s*:?\s*(https?:\/\/(?:www\.)?thaigov\.go\.th\/news\/contents\/details\/(\d+))/;
const OFFICE_WORDS = /(กอง|สำนัก|ศูนย์|กรม|ฝ่าย|ทีม|โฆษก|กระทรวง|สถาบัน|คณะ|สำนักงาน|ส่วน|งาน)/;
/**
 * A last line with an office's words that is still the text: the venue (ณ ห้องประชุม…, สถานที่: …, the
 * ศูนย์ราชการเฉลิมพระเกียรติฯ), a contact line (สอบถาม…, สามารถติดต่อ…), hashtags (tags, even where one names the issuer),
 * a list item, or a sentence's end: opening on a word that ties it to the sentence before (และ…, โดย…, เพื่อ…, แก่…) or
 * ending on ต่อไป, เข้าร่วม or a speaker (…กล่าวในตอนท้าย). Each seen as the last line in the corpora.
 */
const NOT_AN_OFFICE =
  /^(ณ|และ|โดย|เพื่อ|ซึ่ง|ใน|ของ|ตลอดจน|ทั้งนี้|ตาม|รวมทั้ง|แก่|ทั่วประเทศ|สามารถ|มี|ต้องการ|สอบถาม|สถานที่|#|-|•)|(ต่อไป|เข้าร่วม\S*|กล่าว\S*)$|ศูนย์ราชการ/;
const HEADER_SCAN = 8;
/** Lines a broken copy of the title may take. */
const TITLE_PIECES = 4;
/** Squashed characters from which the first part of the title on its own line is a copy. */
const TITLE_PART = 20;
/**
 * A teaser may be the lead cut very short (ในวันพุธที่ ๑๔ ตุล): one shorter than a title's part must open a later
 * line, not merely appear in it (กระทรวงดิจิทัลฯ as a label line is not the lead's opening); shorter than this, it stays.
 */
const TEASER_MINIMUM = 10;
/**
 * thaigov cuts a title longer than 180 characters, in its header line (after the
 * รัฐบาลไทย-… prefix) and in copies, back to the last space within 180 where there is one:
 * over 20,000 headers, lengths bunch at 204–208 with the prefix. Some pages count 180 places
 * as the title shows them, vowels and tone marks above and below not counted: 399 headers of
 * both corpora are longer than 180 characters, none longer than 180 places. Copies are also
 * cut at 250 (…เพื่อสร้างสังคมให้, the whole title on the next line): 226 releases, mostly
 * the interior ministry's long titles. Both count the characters as typed: parseThaigov
 * spells sara am and sara ae as one letter only afterwards.
 */
const TITLE_CUTS = [180, 250];
/** The header's prefix, รัฐบาลไทย-<thaigov's category>-, before its title. */
const HEADER_PREFIX = /^รัฐบาลไทย\s*-[^-]*-/;
/**
 * A header whose title stands after spaces or zero-width characters (รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-          “รมว.นฤมล”…,
 * or a lone U+200B: 4,733 headers, whose titles bunch at 179 characters where others bunch at 180) was cut counting
 * them: its title and the copies made from it stop that much short of 180. Read on the raw text, since cleaning
 * removes the zero-width ones.
 */
const HEADER_CUT = TITLE_CUTS[0]!;
/** The raw header: its indent, then its title as typed to the end of the line (cleaning also breaks at U+2028, U+2029). */
const RAW_HEADER = /^\uFEFF?รัฐบาลไทย\s*-[^-\n]*-((?:[^\S\n]|[\u200B-\u200D\u2060\u00AD])*)([^\r\n\u2028\u2029]*)/m;
/**
 * How far short of a cut a copy that ends inside a word may stop: cleaning collapses spaces, and a copy may have been
 * cut back to a space the whole title, spaced otherwise, does not have (รมว.เกษตรฯ สั่ง… against รมว.เกษตรฯสั่ง…).
 */
const CLEANED_AWAY = 4;
/** The page's count of its views (3,622), alone on a line before its print link or the title's copy: 48 cabinet summaries of 2017–2018. */
const VIEW_COUNT = /^\d{1,3}(,\d{3})*$/;

export function parseThaigov(raw: string): ParseResult {
  const lines = withoutVideoPlayer(cleanText(raw).split('\n').map(cleanLine));
  const first = lines.findIndex((l) => l !== '');
  if (first < 0) return { ok: false, reason: 'empty body', detail: 'the file has no text' };
  const header = lines[first]!;
  if (!HEADER.test(header))
    return { ok: false, reason: 'not a press release', detail: `first line is not a รัฐบาลไทย- header: "${header.slice(0, 40)}"` };

  const dateAt = findDateLine(lines, first + 1);
  if (!dateAt) return { ok: false, reason: 'no date', detail: 'no Thai date line or dd/mm/yyyy line near the top' };

  let sourceAt = -1;
  for (let i = lines.length - 1; i > first; i--)
    if (SOURCE.test(lines[i]!)) {
      sourceAt = i;
      break;
    }
  if (sourceAt < 0)
    return { ok: false, reason: 'no source URL', detail: 'no "ที่มา : …thaigov.go.th/news/contents/details/<id>" line' };
  const [, source, sourceId] = SOURCE.exec(lines[sourceAt]!)!;

  // The opening: date lines (Thai and dd/mm/yyyy, often both), print links and the title
  // again, sometimes twice or broken over two lines. None of it is the body.
  const headerTitle = cleanLine(header.replace(HEADER_PREFIX, ''));
  const [, rawIndent = '', rawTitle = ''] = RAW_HEADER.exec(raw) ?? [];
  const headerIndent = rawIndent.length;
  // What thaigov typed in the header's title after its indent and cleaning took out, counted in its cut: zero-width
  // spaces between words ('วราวุธ'\u200B รมว.ทส.\u200B…: 180 as typed, 173 once cleaned), the same in its copies. HTML
  // entities come from the export, not the typed text (the copies have the character): decoded first.
  const headerTypedExtra = Math.max(0, decodeHTML(rawTitle).trimEnd().length - headerTitle.length);
  const extendsTitle = (cut: string, line: string): boolean =>
    cut === headerTitle ? extendsCutTitle(cut, line, headerIndent, headerTypedExtra) : extendsCutTitle(cut, line, 0, 0);
  let title: string | undefined;
  // The copy thaigov cut, once a longer line has gone on from it. That line may be cut too where no cut of 180 or 250
  // explains it (…ไว้ซึ่งสถาบัน, 228 characters): a later line going on from it with no space where they join, and
  // from the cut copy, is the whole title (…สถาบันชาติ…); with a space there (no cut explaining it), a subheading.
  let cutTitle: string | undefined;
  let copies = 0;
  let bodyStart = dateAt.whole ? dateAt.index + 1 : first + 1;
  for (; bodyStart < sourceAt; bodyStart++) {
    const line = lines[bodyStart]!;
    if (line === '' || dateLine(line) || isMisspeltDateLine(line) || isLeftover(line)) continue;
    if (title === undefined && VIEW_COUNT.test(line)) {
      const nextLine = lines.slice(bodyStart + 1, sourceAt).find((l) => l !== '') ?? '';
      if (isLeftover(nextLine) || repeatsTitle(header, headerTitle, nextLine)) continue;
    }
    if (title === undefined && repeatsTitle(header, headerTitle, line)) {
      title = line;
      continue;
    }
    const next = lines[bodyStart + 1] ?? '';
    // …or spaced a little otherwise than the copy before it (ฉากบังเพลิง ได้รับ…ปี 2, then ฉากบังเพลิงได้รับ…ปี 2560), or
    // going on where that copy's editor wrote ฯ for the rest (…พัฒนาโครงการฯ, then …พัฒนาโครงการเพื่อยกระดับ…).
    const goesOnFurther =
      cutTitle !== undefined &&
      extendsTitle(cutTitle, line) &&
      ((line.startsWith(title!) && /^\S/.test(line.slice(title!.length))) ||
        (squash(line).length > squash(title!).length && squash(line).startsWith(squash(title!)) && !line.startsWith(title!)) ||
        (/\Sฯ$/.test(title!) && line.startsWith(title!.slice(0, -1)) && /^[^\sฯ]/.test(line.slice(title!.length - 1))));
    if (title !== undefined && (extendsTitle(title, line) || goesOnFurther)) {
      // A copy cut at a cut, the same headline as the next line but worded a little otherwise after the cut one's end,
      // before the whole title: the whole title is next, if it is longer both with and without its spaces (a line that
      // only spaces the whole title otherwise, ที่21 then ที่ 21, does not replace it).
      const copyOfNext =
        extendsTitle(title, next) &&
        next.length > line.length &&
        squash(next).length > squash(line).length &&
        rewordedHeadline(line, next);
      if (!(copyOfNext && cutHeadline(line, title))) {
        cutTitle ??= title;
        title = line;
      }
      continue;
    }
    // A copy spaced otherwise and cut short, whose every word the next copy repeats.
    if (title !== undefined && cutCopyOfNext(title, line, next)) continue;
    const nextIsWhole = title !== undefined && extendsTitle(title, next);
    // The headline worded a little otherwise (ปลัด มท. for ปลัดมหาดไทย), mostly cut at 250, before the whole title.
    if (nextIsWhole && (rewordedHeadline(line, next) || cutHeadline(line, title!))) continue;
    // What the site cut off, on a line of its own before the whole title (…ครั้งที่ ๒ / เผยประสบ… / both): the title's end.
    if (nextIsWhole && squash(next) === squash(title!) + squash(line)) {
      title = next;
      bodyStart++;
      continue;
    }
    // The page's teaser between the title and its copy (title, teaser, title again, lead holding the teaser): not the body.
    if (title !== undefined && isTeaser(lines, bodyStart, title, sourceAt)) continue;
    const copy = title === undefined ? 0 : titleCopy(lines, bodyStart, title);
    if (copy === 0) break;
    bodyStart += copy - 1;
    copies++;
  }
  // Prefer the repeated copy, which keeps hyphens the header splits on and what it cut off.
  title ??= headerTitle;
  if (!title) return { ok: false, reason: 'not a press release', detail: 'no title' };

  const related = lines.findIndex((l, i) => i >= bodyStart && i < sourceAt && startsRelatedList(l));
  const body = withoutTitleCopies(
    lines.slice(bodyStart, related >= 0 ? related : sourceAt).filter((l) => l !== ''),
    title,
  );
  // A date line after the text, under the office or above it, is the release's date again.
  const { paragraphs, office } = splitOffice(withoutClosingDates(body));
  const deduplicated = withoutClosingRow(
    withoutRepeatedBlocks(joinDraftYears(withoutClosingDates(paragraphs).filter((l) => !isLeftover(l)))).filter(
      (line, i, kept) => {
        const next = kept[i + 1];
        // A short lead line repeated at the start of the next paragraph appears once.
        return !(next && line.length >= 20 && next.startsWith(line));
      },
    ),
  );
  const broadcast = broadcastTitle(title, unwrapLines(deduplicated));
  const text = joinWrappedResolutionTitles(broadcast.title, broadcast.paragraphs);
  // A release that is only its title (given again, or cut short by the header) shows it as its text.
  if (text.length === 0 && (copies > 0 || !header.endsWith(title))) text.push(title);
  if (text.length === 0) return { ok: false, reason: 'empty body', detail: 'no text between the title and the source line' };

  // Spelt the standard way only now: thaigov cut its titles counting the characters as they were typed.
  const release: RawRelease = {
    title: withStandardSpelling(broadcast.title),
    date: dateAt.iso,
    source: source!,
    fileStem: `${dateAt.iso}-${sourceId!}`,
    paragraphs: text.map(withStandardSpelling),
  };
  if (office) release.office = withStandardSpelling(office);
  return { ok: true, release };
}

/** A title that is the day and nothing more (วันที่ 19 สิงหาคม 2559). */
const DAY_TITLE = /^วันที่\s?\d{1,2}\s\S+\s\d{4}$/;
/** The programme a heading names: …กล่าวในรายการ “ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน ” ออกอากาศ… */
const PROGRAMME_NAMED = /กล่าวในรายการ\s?["“]\s?([^"”]+?)\s?["”]/;

/**
 * The Prime Minister's weekly address, which thaigov filed under the day it was broadcast (five releases of late
 * 2016: the title วันที่ 19 สิงหาคม 2559). Its text opens on the programme and the day (รายการคืนความสุขให้คนในชาติ
 * วันที่ 19 สิงหาคม 2559), which is then the title, or on a heading that names the programme, which then goes before
 * the day, as thaigov titled the later broadcasts (ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน วันศุกร์ที่ 10 มีนาคม 2560).
 */
function broadcastTitle(title: string, paragraphs: string[]): { title: string; paragraphs: string[] } {
  const [opening, ...rest] = paragraphs;
  if (!DAY_TITLE.test(title) || opening === undefined) return { title, paragraphs };
  if (opening.endsWith(title) && opening.length <= title.length + PROGRAMME_NAME_LENGTH)
    return { title: opening, paragraphs: rest };
  const programme = PROGRAMME_NAMED.exec(opening)?.[1];
  return programme ? { title: `${programme} ${title}`, paragraphs } : { title, paragraphs };
}
/** Longer than any programme's name (รายการคืนความสุขให้คนในชาติ is 27): an opening line longer still is a heading. */
const PROGRAMME_NAME_LENGTH = 60;

function withoutClosingDates(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && dateLine(lines[end - 1]!)) end--;
  return lines.slice(0, end);
}

/**
 * Many ministries close a release with a row of asterisks and its date again (****** 24 ตุลาคม 2560: 4,800 releases),
 * on a line of its own, after their own number for the release (ตุลาคม 3/10, พฤษภาคม4/9-10) or after the text's last
 * sentence, or the row alone after it. Read once a text pasted twice is once (each copy closes so) and the office is
 * set apart.
 */
const CLOSING_ROW = /^(.*?)\s*\*{5,}(?:\s*(\S.*?))?(?:\s*\*+)?$/;
const MONTH = THAI_MONTHS.map(({ name }) => name).join('|');
const RELEASE_NUMBER_LINE = new RegExp(`^\\**\\s*(?:${MONTH})\\s*(?:\\d*/[\\d-]+)?$`);
const RELEASE_NUMBER_AFTER_TEXT = new RegExp(`\\s*\\**\\s*(?:${MONTH})\\s*\\d*/[\\d-]+$`);
/** The date after the row as its writers gave it too: the month alone (ธันวาคม 2560), a year cut short, in English. */
const ROUGH_DATE = new RegExp(
  `^(?:\\d{1,2}\\s*)?(?:${MONTH})(?:\\s*\\d{2,4})?$|^(?:\\d{1,2}\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\\s*\\d{1,2})?,?\\s*\\d{4}$`,
);

function withoutClosingRow(lines: readonly string[]): string[] {
  const row = CLOSING_ROW.exec(lines.at(-1) ?? '');
  if (!row) return [...lines];
  const date = row[2];
  if (date !== undefined && !(dateLine(date) || isMisspeltDateLine(date) || ROUGH_DATE.test(date))) return [...lines];
  const before = row[1]!.replace(RELEASE_NUMBER_AFTER_TEXT, '');
  // What stands before the row may be the release's number, or a mark the row began with (\ or *).
  if (before === '' || RELEASE_NUMBER_LINE.test(before) || isLeftover(before)) return lines.slice(0, -1);
  return [...lines.slice(0, -1), before];
}

const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * Lines in a block of one to three given twice in a row (a headline and its subheading, or the lead, shown again,
 * spaced otherwise): once.
 */
const BLOCK_LINES = [3, 2, 1];
/**
 * Only near the top, where pages paste the opening twice: further down, short lines may repeat on purpose (a
 * cabinet digest's table gives an unchanged row or fee in both columns, a header for each year).
 */
const BLOCK_OPENING_LINES = 5;
/** Squashed characters a repeated block must hold, so short table cells that repeat stay. */
const BLOCK_TEXT = 40;

/** Blocks given twice: near the top the later copy stays, further down the first. */
function withoutRepeatedBlocks(lines: readonly string[]): string[] {
  const squashed = lines.map(squash);
  // Squashed characters before each line: what a run of lines holds is one subtraction.
  const before = [0];
  for (const line of squashed) before.push(before.at(-1)! + line.length);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening =
      i < BLOCK_OPENING_LINES &&
      BLOCK_LINES.find(
        (n) => before[Math.min(i + n, lines.length)]! - before[i]! >= BLOCK_TEXT && copiedAt(squashed, i, i + n, n),
      );
    if (opening) {
      i += opening - 1;
      continue;
    }
    const size = pastedAgainAt(squashed, before, i);
    if (!size) {
      kept.push(lines[i]!);
      continue;
    }
    kept.push(...lines.slice(i, i + size));
    // Every copy goes: some are given three times.
    let copy = i + size;
    while (copiedAt(squashed, i, copy, size)) copy += size;
    i = copy - 1;
  }
  return kept;
}

/**
 * Running text pasted again right after itself, anywhere, often the whole text: a run of at least PASTED_LINES lines
 * holding PASTED_TEXT squashed characters and PASTED_LINE_TEXT a line on average. Shorter lines given twice are a
 * cabinet digest's table with an unchanged clause or a short list in both columns, and stay.
 */
const PASTED_LINES = 2;
const PASTED_TEXT = 600;
const PASTED_LINE_TEXT = 80;

/** How many lines from `start` are given again right after them, as running text. */
function pastedAgainAt(squashed: readonly string[], before: readonly number[], start: number): number | undefined {
  const line = squashed[start]!;
  // The copy of the lines from `start` to `again` must fit after them.
  const last = (squashed.length + start) / 2;
  for (
    let again = squashed.indexOf(line, start + PASTED_LINES);
    again !== -1 && again <= last;
    again = squashed.indexOf(line, again + 1)
  ) {
    const size = again - start;
    const text = before[again]! - before[start]!;
    if (text >= PASTED_TEXT && text >= size * PASTED_LINE_TEXT && copiedAt(squashed, start, again, size)) return size;
  }
  return undefined;
}

/** Whether the `size` lines from `copy` are the ones from `start` again. */
function copiedAt(squashed: readonly string[], start: number, copy: number, size: number): boolean {
  if (copy + size > squashed.length) return false;
  for (let at = 0; at < size; at++) if (squashed[start + at] !== squashed[copy + at]) return false;
  return true;
}

/** The title again: the end of the header, or longer than the header, which the site cuts. */
function repeatsTitle(header: string, headerTitle: string, line: string): boolean {
  return header.endsWith(line) || (headerTitle.length >= 10 && squash(line).startsWith(squash(headerTitle)));
}

/**
 * The whole title after a copy the site cut short, which thaigov gives on the next line
 * (a line too long for a title is text). A cut copy ends at the last space within a cut
 * (180 or 250 characters) or at the cut, so the whole title goes past it with no space between the end of
 * the copy and the cut, by either count; a copy that ends inside a word, or at a word exactly at the cut as typed
 * (…ที่เกาหลีใต้, two spaces, ยืนยัน…: 180 as typed, 179 cleaned), was cut at the cut, a few characters short of it once
 * cleaned (counted as typed: `typedExtra` characters more, what cleaning took out of the header's title, read on the
 * header's raw text only); a header's copy may be cut short by its indent. Otherwise the title was whole and the longer line is a
 * subheading.
 */
function extendsCutTitle(title: string, line: string, headerIndent: number, typedExtra: number): boolean {
  if (extendsDottedTitle(title, line)) return true;
  if (line.length > LIMITS.title) return false;
  // The whole title may be spaced otherwise than a copy cut at the cut itself (…พร้อมกัน, then …อีสานเหนือ 252…
  // พร้อมกันในเช้ามืด…): what it adds is read after the copy's own words, as thaigov counted them. Spaced otherwise, a
  // longer line after a copy that stops short of the cut is another headline, not what the copy was cut from.
  const spacedOtherwise = !line.startsWith(title);
  const whole = spacedOtherwise ? respacedAs(title, line) : line;
  if (whole === undefined || whole.length <= title.length) return false;
  // Cut inside a word: at the cut itself, which cleaning (spaces collapsed, invisible characters removed) may have moved back a little.
  const midWord = !/\s/.test(whole[title.length]!);
  // Only the count of characters is read as typed; the count of places stays as it was (zero-width characters take none).
  const cutBy = (length: (text: string) => number, cut: number, cutIndex: number, typed = length(title)): boolean =>
    // A title past the cut is whole already: a longer line after it is a subheading.
    length(title) <= cut &&
    length(whole) > cut &&
    ((midWord && typed <= cut && typed >= cut - CLEANED_AWAY) ||
      length(title) === cut ||
      typed === cut ||
      (!spacedOtherwise && !/\s/.test(whole.slice(title.length + 1, cutIndex))));
  const cuts = headerIndent > 0 ? [...TITLE_CUTS, HEADER_CUT - headerIndent] : TITLE_CUTS;
  return cuts.some(
    (cut) =>
      cutBy((text) => text.length, cut, cut, title.length + typedExtra) || cutBy(displayWidth, cut, indexAtWidth(whole, cut)),
  );
}

/** The line spaced as the title up to the title's end, then as it goes on; undefined unless it opens on the title's words. */
function respacedAs(title: string, line: string): string | undefined {
  let at = 0;
  for (let i = 0; i < title.length; i++) {
    if (/\s/.test(title[i]!)) continue;
    while (/\s/.test(line[at] ?? '')) at++;
    if (line[at] !== title[i]) return undefined;
    at++;
  }
  return title + line.slice(at);
}

/**
 * A title its editor cut near the limit themselves and marked so (…และเดินหน้าแก้ไขปัญหา.., …ได้เรียนรู้ภาษา...): 15
 * headers of 2020–2025 of 152–180 characters, each followed by the whole title, which goes on from the words before
 * the dots, at most 250 characters as thaigov's copies are (a longer line is a lead or subheading that opens on the
 * title). Shorter titles ending in dots are whole, and so is a draft law's year left open (พ.ศ. ....).
 */
const DOTTED_CUT = /^(.*?\S)\s*(\.{2,}|…)$/;
const DOTTED_CUT_LENGTH = 150;
const DOTTED_WHOLE_LENGTH = 250;

/** The words before the dots of a title its editor cut so; undefined for any other title. */
function editorsCutWords(title: string): string | undefined {
  const words = DOTTED_CUT.exec(title)?.[1];
  return words === undefined || title.length < DOTTED_CUT_LENGTH || words.endsWith('พ.ศ.') ? undefined : words;
}

function extendsDottedTitle(title: string, line: string): boolean {
  const words = editorsCutWords(title);
  if (words === undefined) return false;
  const rest = line.slice(words.length).trimStart();
  return line.length > title.length && line.length <= DOTTED_WHOLE_LENGTH && line.startsWith(words) && !/^(\.|…)/.test(rest);
}

/**
 * How much of a headline's letter pairs another must share to be the same headline reworded (ปลัด มท. for ปลัดมหาดไทย,
 * จ. for จังหวัด, a word added): 0.87–0.99 for the 64 of the corpora, where a standfirst paraphrasing the title shares
 * 0.63 (a teaser cut from the lead, 0.80, is the page's too).
 */
const REWORDED_HEADLINE = 0.8;

/** Whether a line is the headline `title` gives, worded a little otherwise: their letter pairs' Dice coefficient. */
function rewordedHeadline(line: string, title: string): boolean {
  const pairs = (text: string): Set<string> => {
    const letters = [...squash(text)];
    return new Set(letters.slice(1).map((letter, at) => letters[at]! + letter));
  };
  const [a, b] = [pairs(line), pairs(title)];
  const shared = [...a].filter((pair) => b.has(pair)).length;
  return (2 * shared) / (a.size + b.size) >= REWORDED_HEADLINE;
}

/** How much of the title's opening (letters, without spaces) a headline worded otherwise keeps. */
const HEADLINE_OPENING = 20;
/**
 * Copies cut at 250 stop up to ten characters short of it, by a count not worked out (…6 รอบ, 243, before …6 รอบ
 * 28 กรกฎาคม 2567; reworded, …เพื่อให้ประชาชนพึ่งพาตนเอง, 244, before the whole title of 289): the guide's copies of
 * 240–250 characters. Shorter ones of the same shape stay title and subheading, as the guide has it.
 */
const [, LAST_CUT] = TITLE_CUTS;
const LAST_CUT_SHORT = 10;

/**
 * The headline worded otherwise at more length and cut short (ธอส. ร่วมกับ สำนักงานประกันสังคม ลงนามบันทึกข้อตกลง…
 * for …ลงนาม MOU…, cut at 250): it opens as the title does and ends at a cut, by either count, or in its editor's dots
 * (…สร้างความอุดมสมบูรณ์.., before the whole title of 298).
 */
function cutHeadline(line: string, title: string): boolean {
  const opening = squash(title).slice(0, HEADLINE_OPENING);
  const atCut = (length: number): boolean =>
    TITLE_CUTS.some((cut) => length <= cut && length >= cut - (cut === LAST_CUT ? LAST_CUT_SHORT : CLEANED_AWAY));
  return (
    opening.length === HEADLINE_OPENING &&
    squash(line).startsWith(opening) &&
    (atCut(line.length) || atCut(displayWidth(line)) || editorsCutWords(line) !== undefined)
  );
}

/** A line that starts with the title's words and goes on, all of it repeated in a longer next line. */
function cutCopyOfNext(title: string, line: string, next: string): boolean {
  const words = squash(line);
  return (
    words.length > squash(title).length &&
    words.startsWith(squash(title)) &&
    squash(next).startsWith(words) &&
    next.length > line.length
  );
}

/**
 * A line whose next line starts the title again and which one of the lines just after that copy
 * (before `end`, the source line) holds whole: the teaser thaigov's pages show between the title
 * and the release.
 */
function isTeaser(lines: readonly string[], at: number, title: string, end: number): boolean {
  const teaser = squash(lines[at]!);
  if (teaser.length < TEASER_MINIMUM) return false;
  const copy = squash(lines[at + 1] ?? '').startsWith(squash(title)) ? 1 : titleCopy(lines, at + 1, title);
  if (copy === 0) return false;
  const after = at + 1 + copy;
  const holds = (line: string): boolean =>
    teaser.length >= TITLE_PART ? squash(line).includes(teaser) : squash(line).startsWith(teaser);
  return lines.slice(after, Math.min(end, after + TITLE_PIECES)).some(holds);
}

/**
 * The body without the title given again: on a line spaced otherwise anywhere, or broken over
 * lines near the top, after a standfirst or a press number that kept it from the opening.
 */
function withoutTitleCopies(body: readonly string[], title: string): string[] {
  const whole = squash(title);
  const kept = body.filter((line) => squash(line) !== whole);
  for (let at = 0; at < Math.min(kept.length, TITLE_PIECES); at++) {
    const copy = titleCopy(kept, at, title);
    if (copy > 1 && squash(kept.slice(at, at + copy).join('')) === whole) return [...kept.slice(0, at), ...kept.slice(at + copy)];
  }
  return kept;
}

/**
 * How many lines from `from` spell the title once more: all of it on one line or broken
 * over several, or its first part alone when the rest runs on into a subheading; 0 if none.
 */
function titleCopy(lines: readonly string[], from: number, title: string): number {
  const whole = squash(title);
  let spelled = '';
  let count = 0;
  for (let i = from; i < lines.length && i < from + TITLE_PIECES; i++) {
    const next = spelled + squash(lines[i]!);
    if (next === whole) return count + 1;
    if (next === spelled || !whole.startsWith(next)) break;
    spelled = next;
    count++;
  }
  return spelled.length >= TITLE_PART ? count : 0;
}

/**
 * A line that is only a date wins, a Thai one over dd/mm/yyyy; failing that, a line that
 * opens with a date gives it, and stays in the body (`วันที่ 1 มิถุนายน 2566 นายอนุชา …`).
 */
function findDateLine(lines: readonly string[], from: number): { index: number; iso: string; whole: boolean } | undefined {
  const window = lines.slice(from, from + HEADER_SCAN);
  const readers: [(line: string) => string | undefined, boolean][] = [
    [(line) => (dateLine(line) ? parseThaiDateLine(line) : undefined), true],
    [dateLine, true],
    [parseThaiDateLine, false],
    [parseSlashDate, false],
  ];
  for (const [read, whole] of readers) {
    for (const [offset, line] of window.entries()) {
      const iso = read(line);
      if (iso) return { index: from + offset, iso, whole };
    }
  }
  return undefined;
}

/**
 * The issuing office is a short line at the end, usually after a separator: เป็นต้น
 * "กองเผยแพร่และประชาสัมพันธ์". Separators never reach the body.
 */
function splitOffice(body: readonly string[]): { paragraphs: string[]; office?: string } {
  const lastSeparator = body.findLastIndex((l) => isSeparatorRow(l));
  const text = body.filter((l) => !isSeparatorRow(l));
  const last = text.at(-1);
  const signedOff = last === undefined ? undefined : radioSignOffOffice(last);
  if (signedOff && text.length > 1) return { paragraphs: text.slice(0, -1), office: signedOff };
  if (last !== undefined && NOT_AN_OFFICE.test(last)) return { paragraphs: text };
  const afterSeparator = lastSeparator >= 0 && lastSeparator === body.length - 2;
  const looksLikeOffice =
    last !== undefined &&
    !/^[("“]|^สรุป|รายงาน$|^\d/.test(last) &&
    last.length <= 80 &&
    OFFICE_WORDS.test(last) &&
    !/[.!?"”]$|ครับ$|ค่ะ$/.test(last);
  if (
    last !== undefined &&
    text.length > 1 &&
    // A line too long for the field is text, even after a separator (23 releases of the corpora).
    ((afterSeparator && last.length <= LIMITS.office && OFFICE_WORDS.test(last) && !/^[("“\d]/.test(last)) ||
      (looksLikeOffice && last.length <= 60 && !/\s.*\s.*\s/.test(last)))
  ) {
    return { paragraphs: text.slice(0, -1), office: last };
  }
  return { paragraphs: text };
}
