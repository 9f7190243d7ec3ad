/**
 * Normalises raw release text: one newline style, no HTML entities (&#39; and friends from
 * the site's export), ordinary spaces, none of the control characters a release may not
 * hold (stray C1 bytes such as U+009F occur, where a Word bullet was in cabinet summaries)
 * nor invisible characters, and the private-use glyphs of old Thai fonts turned back into
 * the letters they draw.
 */
import { decodeHTML } from 'entities';
import { withoutUnpublishableCharacters } from '@/release/characters.ts';
import { withoutInvisible } from '@/thai/invisible.ts';

const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// Besides the zero-width ones: bidi marks and embeddings, invisible operators, the grapheme joiner, object replacement.
// eslint-disable-next-line no-misleading-character-class -- joiners are matched one by one, on purpose
const MARKS = /[\u200E\u200F\u202A-\u202E\u2061-\u2064\u034F\uFFFC]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
/**
 * Thai fonts of the Windows and Mac era drew shifted tone marks and vowels from private-use
 * code points (U+F700–U+F71A), and Symbol/Wingdings bullets sit at U+F0xx; any other
 * private-use character shows as a box, so it goes.
 */
const THAI_PUA = 'ฐิีึื่้๊๋์่้๊๋์ญัํ็่้๊๋์ฺุู';
const SYMBOL_PUA: Record<string, string> = { '\uF0A7': '▪', '\uF0B7': '•', '\uF0D8': '➢', '\uF0FC': '✓' };
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

function privateUse(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xf700 && code < 0xf700 + THAI_PUA.length) return THAI_PUA[code - 0xf700]!;
  return SYMBOL_PUA[char] ?? '';
}

export function cleanText(text: string): string {
  return withoutUnpublishableCharacters(
    withoutInvisible(decodeHTML(text.replace(LINE_BREAKS, '\n')))
      .replace(MARKS, '')
      .replace(PRIVATE_USE, privateUse)
      .replace(ODD_SPACES, ' ')
      .normalize('NFC'),
  );
}

/** Collapses runs of spaces and trims: for titles and single-line fields. */
export function cleanLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
