/**
 * The language a release is written in, from its letters rather than the file's name:
 * thaigov's English "Government News" and the odd English letter filed under a Thai
 * category. Over the 2016–2025 corpora Thai releases have under 60 % Latin letters (the
 * bilingual EXIM Bank releases sit near 55 %) and English ones 95 % and more.
 */
import type { ReleaseLanguage } from '@/release/schema.ts';

const ENGLISH_SHARE = 0.75;

export function detectLanguage(texts: readonly string[]): ReleaseLanguage {
  let latin = 0;
  let thai = 0;
  for (const text of texts) {
    latin += text.match(/[A-Za-z]/g)?.length ?? 0;
    thai += text.match(/[\u0E01-\u0E4E]/g)?.length ?? 0;
  }
  return latin > 0 && latin / (latin + thai) >= ENGLISH_SHARE ? 'en' : 'th';
}
