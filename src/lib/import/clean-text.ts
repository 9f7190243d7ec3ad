/**
 * Normalises raw release text: one newline style, no BOM, control or invisible characters,
 * no HTML entities (&#39; and friends from the site's export), ordinary spaces, and the
 * private-use glyphs of old Thai fonts turned back into the letters they draw.
 */
import { decodeHTML } from 'entities';

const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// Zero-width characters, bidi marks and embeddings, soft hyphen, object replacement: nothing a reader sees.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD\u034F\uFFFC]/g;
// C0 but tab and newline, DEL, and C1 (U+009F stands where a Word bullet was in cabinet summaries).
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
/**
 * Thai fonts of the Windows and Mac era drew shifted tone marks and vowels from private-use
 * code points (U+F700–U+F71A), and Symbol/Wingdings bullets sit at U+F0xx; any other
 * private-use character shows as a box, so it goes.
 */
const THAI_PUA = 'ฐิีึื่้๊๋์่้๊๋์ญัํ็่้๊๋์ฺุู';
const SYMBOL_PUA: Record<string, string> = { '\uF0A7': '▪', '\uF0B7': '•', '\uF0D8': '➢', '\uF0FC': '✓' };
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

function privateUse(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xf700 && code < 0xf700 + THAI_PUA.length) return THAI_PUA[code - 0xf700]!;
  return SYMBOL_PUA[char] ?? '';
}

export function cleanText(text: string): string {
  return decodeHTML(text.replace(LINE_BREAKS, '\n'))
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(PRIVATE_USE, privateUse)
    .replace(ODD_SPACES, ' ')
    .normalize('NFC');
}

/** Collapses runs of spaces and trims: for titles and single-line fields. */
export function cleanLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
