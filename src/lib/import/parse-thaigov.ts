/**
 * Reads one release in thaigov.go.th's raw text format:
 *   รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<title>
 *   วันพฤหัสบดีที่ 2 พฤศจิกายน 2560
 *   <title again>
 *   <lead> / <lead and more> / <paragraphs…>
 *   ------   <issuing office>
 *   ที่มา : http://www.thaigov.go.th/news/contents/details/7766
 */
import { cleanText, cleanLine } from './clean-text.ts';
import { parseThaiDateLine, parseSlashDate } from './thai-date-line.ts';

export interface ThaigovRelease {
  title: string;
  /** ISO date (Gregorian). */
  date: string;
  source: string;
  sourceId: string;
  office?: string;
  /** Body paragraphs as plain text, in order. */
  paragraphs: string[];
}

export type SkipReason = 'no date' | 'no source URL' | 'empty body' | 'not a press release' | 'unreadable' | 'duplicate source id';

export type ParseResult = { ok: true; release: ThaigovRelease } | { ok: false; reason: SkipReason; detail?: string };

const HEADER = /^รัฐบาลไทย\s*-/;
const SOURCE = /ที่มา\s*:?\s*(https?:\/\/(?:www\.)?thaigov\.go\.th\/news\/contents\/details\/(\d+))/;
const SEPARATOR = /^[-_=*.~•·]{3,}$/;
const PRINT_ARTEFACT = /^(พิมพ์|print|แชร์|share|Tweet|Facebook|Line|Your browser does not support the audio element\.?)$/i;
const OFFICE_WORDS = /(กอง|สำนัก|ศูนย์|กรม|ฝ่าย|ทีม|โฆษก|กระทรวง|สถาบัน|คณะ|สำนักงาน|ส่วน|งาน)/;
const HEADER_SCAN = 8;

export function parseThaigov(raw: string): ParseResult {
  const lines = cleanText(raw).split('\n').map(cleanLine);
  const first = lines.findIndex((l) => l !== '');
  if (first < 0) return { ok: false, reason: 'empty body', detail: 'the file has no text' };
  const header = lines[first]!;
  if (!HEADER.test(header)) return { ok: false, reason: 'not a press release', detail: `first line is not a รัฐบาลไทย- header: "${header.slice(0, 40)}"` };

  const dateAt = findDateLine(lines, first + 1);
  if (!dateAt) return { ok: false, reason: 'no date', detail: 'no Thai date line or dd/mm/yyyy line near the top' };

  let sourceAt = -1;
  for (let i = lines.length - 1; i > first; i--) if (SOURCE.test(lines[i]!)) { sourceAt = i; break; }
  if (sourceAt < 0) return { ok: false, reason: 'no source URL', detail: 'no "ที่มา : …thaigov.go.th/news/contents/details/<id>" line' };
  const [, source, sourceId] = SOURCE.exec(lines[sourceAt]!)!;

  // The title is repeated after the date; prefer that copy, which keeps hyphens the header splits on.
  const afterDate = nextText(lines, dateAt.index + 1);
  const repeated = afterDate !== undefined && header.endsWith(lines[afterDate]!) ? afterDate : undefined;
  const title = cleanLine(repeated !== undefined ? lines[repeated]! : header.replace(/^รัฐบาลไทย\s*-[^-]*-/, ''));
  if (!title) return { ok: false, reason: 'not a press release', detail: 'no title' };

  const bodyStart = (repeated ?? dateAt.index) + 1;
  const body = lines.slice(bodyStart, sourceAt).filter((l) => l !== '' && l !== title && !PRINT_ARTEFACT.test(l));
  const { paragraphs, office } = splitOffice(body);
  const deduplicated = paragraphs.filter((line, i) => {
    const next = paragraphs[i + 1];
    // A short lead line repeated at the start of the next paragraph appears once.
    return !(next && line.length >= 20 && next.startsWith(line));
  });
  if (deduplicated.length === 0) return { ok: false, reason: 'empty body', detail: 'no text between the title and the source line' };

  const release: ThaigovRelease = { title, date: dateAt.iso, source: source!, sourceId: sourceId!, paragraphs: deduplicated };
  if (office) release.office = office;
  return { ok: true, release };
}

function nextText(lines: readonly string[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (lines[i] !== '') return i;
  return undefined;
}

/** The Thai date line wins over a dd/mm/yyyy line when both are there. */
function findDateLine(lines: readonly string[], from: number): { index: number; iso: string } | undefined {
  const window = lines.slice(from, from + HEADER_SCAN);
  for (const [offset, line] of window.entries()) {
    const iso = parseThaiDateLine(line);
    if (iso) return { index: from + offset, iso };
  }
  for (const [offset, line] of window.entries()) {
    const iso = parseSlashDate(line);
    if (iso) return { index: from + offset, iso };
  }
  return undefined;
}

/**
 * The issuing office is a short line at the end, usually after a separator: เป็นต้น
 * "กองเผยแพร่และประชาสัมพันธ์". Separators never reach the body.
 */
function splitOffice(body: readonly string[]): { paragraphs: string[]; office?: string } {
  const lastSeparator = body.findLastIndex((l) => SEPARATOR.test(l));
  const text = body.filter((l) => !SEPARATOR.test(l));
  const last = text.at(-1);
  const afterSeparator = lastSeparator >= 0 && lastSeparator === body.length - 2;
  const looksLikeOffice = last !== undefined && !/^[("“]|^สรุป|รายงาน$|^\d/.test(last) && last.length <= 80 && OFFICE_WORDS.test(last) && !/[.!?"”]$|ครับ$|ค่ะ$/.test(last);
  if (last !== undefined && text.length > 1 && ((afterSeparator && OFFICE_WORDS.test(last) && !/^[("“\d]/.test(last)) || (looksLikeOffice && last.length <= 60 && !/\s.*\s.*\s/.test(last)))) {
    return { paragraphs: text.slice(0, -1), office: last };
  }
  return { paragraphs: text };
}
