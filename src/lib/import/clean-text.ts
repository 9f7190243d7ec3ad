/**
 * Normalises raw release text: one newline style, no BOM or zero-width characters, no
 * HTML entities (&#39; and friends from the site's export), ordinary spaces, and none of
 * the control characters a release may not hold (stray C1 bytes such as U+009F occur).
 */
import { decodeHTML } from 'entities';
import { INVISIBLE, withoutUnpublishableCharacters } from '../release-characters.ts';

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

export function cleanText(text: string): string {
  return withoutUnpublishableCharacters(decodeHTML(text.replace(/\r\n?/g, '\n'))
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .normalize('NFC'));
}

/** Collapses runs of spaces and trims: for titles and single-line fields. */
export function cleanLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
