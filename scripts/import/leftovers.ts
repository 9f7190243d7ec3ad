/**
 * Lines of thaigov's pages that are not the release, found by counting the short paragraphs
 * of every release imported from the 2016–2025 corpora: print and share links, the audio
 * player's fallback, lone punctuation and separator rows, the site's bare address, and style
 * rules pasted from a Mac word processor (`span.s1 {font-kerning: none}`).
 */
const PAGE_CHROME =
  /^(พิมพ์(ข่าว)?|พิมพ์ ย้อนกลับ Refresh|print|แชร์|share|Tweet|Facebook|Line|prev|next|Your browser does not support the audio element\.?)$/i;
const SITE_ADDRESS = /^(https?:\/\/)?(www\.)?thaigov\.go\.th\/?$/i;
// Punctuation, a stray tone mark or vowel sign, the ASCII symbols of separator rows and box
// drawing; not √ or other signs that mean something.
const NO_WORDS = /^[\p{P}\p{M}\s+=^|~<>`\u2500-\u257F]+$/u;
const STYLE_RULE = /^[a-z][\w-]*(\.[\w-]+)*\s*\{[^{}]*\}$/i;
/** The page's photo album and related-release list: from this line on, nothing is the release's. */
const RELATED = /^(อัลบั้มภาพ|ข่าวที่เกี่ยวข้อง)\s*:?$/;
/** The radio script's opening line (ไทยคู่ฟ้า, some 2,200 releases): the announcer's, not the release's. */
const RADIO_OPENING = /^ต่อจากนี้ไป\s*ขอเชิญรับฟังไทยคู่ฟ้า\s*(ครับ|ค่ะ)?$/;
/**
 * The radio script's sign-off, a slogan "with the spokesperson's office" (“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก
 * สำนักเลขาธิการนายกรัฐมนตรี, ร่วมเดินหน้าประเทศไทย กับ…): it names the issuing office.
 */
const RADIO_SIGN_OFF = /^[“"]?[^“”"]{2,40}[”"]?\s*กับ(สำนักโฆษก)\s*สำนักเลขาธิการนายกรัฐมนต(รี)?$/;
const SPOKESPERSONS_OFFICE = 'สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี';

/**
 * The page's video player, its script pasted as text above the title's copy (32 releases of 2016–2018, each script
 * 32 lines): `$("#video-player3")…` down to the `});` that closes its `flowplayer(container, {…`.
 */
const PLAYER_START = /^\$\(["']#video-player/;
const PLAYER_END = /^\}\);$/;
/** Lines a script may take: a closing line further on is something else's, and the text stays. */
const PLAYER_LINES = 40;

/** Lines without the video player's script, when it opens and closes as the page wrote it. */
export function withoutVideoPlayer(lines: readonly string[]): readonly string[] {
  const start = lines.findIndex((line) => PLAYER_START.test(line));
  if (start < 0) return lines;
  const length = lines.slice(start, start + PLAYER_LINES).findIndex((line) => PLAYER_END.test(line));
  return length < 0 ? lines : [...lines.slice(0, start), ...lines.slice(start + length + 1)];
}

/** A draft law's placeholder year broken off its name (`ร่างพระราชบัญญัติ … ` / `พ.ศ. ....`). */
const DRAFT_YEAR = /^พ\.ศ\.\s*\.{3,}$/;

export function isLeftover(line: string): boolean {
  return (
    PAGE_CHROME.test(line) || SITE_ADDRESS.test(line) || NO_WORDS.test(line) || STYLE_RULE.test(line) || RADIO_OPENING.test(line)
  );
}

/** The office a radio script's sign-off names, if the line is one. */
export function radioSignOffOffice(line: string): string | undefined {
  return RADIO_SIGN_OFF.test(line) ? SPOKESPERSONS_OFFICE : undefined;
}

/** A row of three or more marks: what separates the release from its issuing office. */
export function isSeparatorRow(line: string): boolean {
  return line.length >= 3 && NO_WORDS.test(line);
}

export function startsRelatedList(line: string): boolean {
  return RELATED.test(line);
}

/** Paragraphs with a draft law's bare `พ.ศ. ....` put back at the end of the name it belongs to. */
export function joinDraftYears(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    if (DRAFT_YEAR.test(paragraph) && joined.length > 0) joined[joined.length - 1] += ` ${paragraph}`;
    else joined.push(paragraph);
  }
  return joined;
}
