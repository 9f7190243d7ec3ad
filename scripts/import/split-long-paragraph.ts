/**
 * Four transcripts of the Prime Minister's weekly address (22 and 29 August, 5 September and 28 November 2014) came
 * with their paragraph breaks lost: 25,000–65,000 characters in one to three paragraphs, a wall no reader gets through.
 * The other 106 run to a median of 559 characters a paragraph (99 in 100 under 2,100) and never past 8,246. Thai marks
 * a sentence with a space only, so such a wall is cut at spaces: before a word that opens a new subject, where the
 * well-kept transcripts start paragraphs (เรื่อง…, สำหรับ…, ในส่วน…: 717 of their 4,914 paragraphs open on เรื่อง,
 * which follows a space within a paragraph only 1,005 times in 139,395), once the paragraph is long enough.
 */

/** Longer than any paragraph of a transcript that kept its breaks (8,246): the breaks were lost. */
const LOST_BREAKS_LENGTH = 10_000;
/** No new paragraph before this many characters… */
const SHORTEST = 500;
/** …and past this many, the next space ends it even with no new subject in sight. */
const LONGEST = 1_500;

/**
 * Words that open a paragraph in the transcripts far more often than they follow a space inside one (at least
 * 0.7 times as often; a space in all is followed by a new paragraph 3.4 % of the time): เรื่อง, สำหรับ, ในส่วน,
 * นอกจากนี้/นอกจากนั้น, อีกเรื่อง, สุดท้าย.
 */
const NEW_SUBJECT = /^(เรื่อง|สำหรับ|ในส่วน|นอกจาก(นี้|นั้น)|อีกเรื่อง|สุดท้าย)/;
/** A word the next one goes on from, whatever it is: repeated (หลาย ๆ เรื่อง) or counted (11 เรื่อง); and ๆ itself. */
const GOES_ON = /[ๆ\d๐-๙]$/;
const REPEATS = /^ๆ/;

/** `paragraph` as it came if it is of a usual length, else cut at spaces into paragraphs a reader can follow. */
export function splitLongParagraph(paragraph: string): string[] {
  if (paragraph.length <= LOST_BREAKS_LENGTH) return [paragraph];
  const paragraphs: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const word of paragraph.split(' ')) {
    const cut = length >= LONGEST || (length >= SHORTEST && NEW_SUBJECT.test(word));
    if (cut && !GOES_ON.test(current.at(-1) ?? '') && !REPEATS.test(word)) {
      paragraphs.push(current.join(' '));
      current = [];
      length = 0;
    }
    current.push(word);
    length += word.length + 1;
  }
  paragraphs.push(current.join(' '));
  return paragraphs;
}
