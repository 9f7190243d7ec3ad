/** What reading one raw file of the corpora gives: a release (parse-thaigov.ts, parse-transcript.ts) or why not. */

export interface RawRelease {
  title: string;
  /** ISO date (Gregorian). */
  date: string;
  /** thaigov's address of the release; a transcript from the programme archive has none (parse-transcript.ts). */
  source?: string;
  /** The release file's name without `.md`: `<date>-<thaigov id>`, or `<date>-<programme>`. */
  fileStem: string;
  office?: string;
  /** Body paragraphs as plain text, in order. */
  paragraphs: string[];
  /** For lists and feeds, where the body's opening would not do (a transcript's heading). */
  summary?: string;
}

export type SkipReason =
  | 'no date'
  | 'no source URL'
  | 'empty body'
  | 'not a press release'
  | 'unreadable'
  | 'duplicate source id'
  | 'duplicate broadcast'
  | 'duplicate text';

export type ParseResult = { ok: true; release: RawRelease } | { ok: false; reason: SkipReason; detail?: string };
