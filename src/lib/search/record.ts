/** What the search index holds for one release. */
import type { Release } from '../release.ts';
import { markdownToPlainText } from '../excerpt.ts';
import { buddhistYear, isoDateInBangkok, yearMonthInBangkok } from '../thai-date.ts';
import { segmentThai } from './segment.ts';
import { indexedDate } from './meta.ts';
import { innerWords } from './inner-words.ts';
import { INNER_WORDS } from './thai-text.ts';

/**
 * Pagefind has no rules for this code, so it splits only on spaces and keeps every mark:
 * segmentation is ours (see segment.ts).
 */
export const INDEX_LANGUAGE = 'und';

export interface SearchRecord {
  /** Relative to the site's base, which the search module adds in the browser. */
  url: string;
  content: string;
  language: string;
  /** Pagefind makes every meta value searchable, so these are kept in index form too. */
  meta: { title: string; date: string };
  filters: { ministry: string[]; province: string[]; year: string[] };
  sort: { date: string };
}

export function searchRecord(release: Release, body: string): SearchRecord {
  const date = isoDateInBangkok(release.date);
  return {
    url: `releases/${release.slug}/`,
    content: withInnerWords(segmentThai(`${release.title}\n${markdownToPlainText(body)}`)),
    language: INDEX_LANGUAGE,
    meta: { title: segmentThai(release.title), date: indexedDate(date) },
    filters: {
      ministry: [release.ministry],
      province: [...release.provinces],
      year: [String(buddhistYear(yearMonthInBangkok(release.date).year))],
    },
    sort: { date },
  };
}

function withInnerWords(text: string): string {
  const endings = innerWords(text.split(' '));
  return endings.length ? `${text} ${INNER_WORDS} ${endings.join(' ')}` : text;
}
