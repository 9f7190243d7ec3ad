/**
 * Thai words hide inside longer ones that ICU keeps whole (ชาติ in ธรรมชาติ, เทียม in
 * ดาวเทียม), and Pagefind matches only the start of a word. So after a release's text
 * the index gets every distinct ending of its Thai words that can begin a syllable;
 * readers never see them (excerpts stop at INNER_WORDS).
 */

// A syllable starts at a consonant, or at a vowel written before one (เ แ โ ใ ไ).
const SYLLABLE_START = /[\u0E01-\u0E2E\u0E40-\u0E44]/;
const LEADING_VOWEL = /[\u0E40-\u0E44]/;
const THAI_CORE = /^[^\u0E01-\u0E4E]*([\u0E01-\u0E4E]+)/;
/** Endings this short are mostly parts of syllables, and prefix-match too much. */
const MIN_LENGTH = 3;

export function innerWords(words: Iterable<string>): string[] {
  const endings = new Set<string>();
  for (const word of new Set(words)) {
    const core = THAI_CORE.exec(word)?.[1] ?? '';
    for (let at = 1; at <= core.length - MIN_LENGTH; at++) {
      if (SYLLABLE_START.test(core[at] as string) && !LEADING_VOWEL.test(core[at - 1] as string)) endings.add(core.slice(at));
    }
  }
  return [...endings];
}
