/**
 * Any raw file of the corpora: a thaigov release (parse-thaigov.ts), or, where it has no รัฐบาลไทย- header and sits in
 * thaigov's programme archive, a transcript of the Prime Minister's weekly address (parse-transcript.ts).
 */
import { parseThaigov } from './parse-thaigov.ts';
import type { ParseResult } from './raw-release.ts';
import { parseTranscript, transcriptProgramme } from './parse-transcript.ts';

/** `file` is the raw file's path, from which a transcript's programme and broadcast date are read. */
export function parseRaw(text: string, file: string): ParseResult {
  const parsed = parseThaigov(text);
  const programme = !parsed.ok && parsed.reason === 'not a press release' ? transcriptProgramme(file) : undefined;
  return programme ? parseTranscript(text, file, programme) : parsed;
}
