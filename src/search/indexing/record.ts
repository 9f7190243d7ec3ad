/** What the search index holds for one release. */
import type { Release } from '@/release/release.ts';
import { markdownToPlainText } from '@/release/excerpt.ts';
import { isoDateInBangkok, yearMonthInBangkok } from '@/thai/date.ts';
import { buddhistYear } from '@/thai/buddhist-era.ts';
import { buddhistMonthKey } from '@/search/common/month-key.ts';
import { segmentThai } from '@/search/common/segment.ts';
import { indexedDate } from '@/search/common/meta.ts';
import { innerWords } from '@/search/common/inner-words.ts';
import { indexForm, INNER_WORDS } from '@/search/common/thai-text.ts';
import { shardLanguage } from '@/search/common/shard-names.ts';
import { releaseUrl } from '@/site/relative-paths.ts';

export interface SearchRecord {
  /** Relative to the site's base, which the search module adds in the browser. */
  url: string;
  content: string;
  language: string;
  /** Pagefind makes every meta value searchable, so these are kept in index form too. */
  meta: { title: string; date: string };
  filters: {
    ministry: string[];
    category: string[];
    province: string[];
    year: string[];
    /** `2567-03`: for periods from month to month. */
    month: string[];
  };
  sort: { date: string };
}

/** Segmentation is ours (see segment.ts), marks are letters (thai-text.ts); `shard` is the index shard it goes to (shards.ts). */
export function searchRecord(release: Release, body: string, shard: string): SearchRecord {
  const date = isoDateInBangkok(release.date);
  const { year, month } = yearMonthInBangkok(release.date);
  const buddhist = String(buddhistYear(year));
  return {
    url: releaseUrl(release.slug),
    content: indexForm(withInnerWords(segmentThai(`${release.title}\n${markdownToPlainText(body)}`))),
    language: shardLanguage(shard),
    meta: { title: indexForm(segmentThai(release.title)), date: indexedDate(date) },
    filters: {
      ministry: [release.ministry],
      category: release.category ? [release.category] : [],
      province: [...release.provinces],
      year: [buddhist],
      month: [buddhistMonthKey(year, month)],
    },
    sort: { date },
  };
}

function withInnerWords(text: string): string {
  const endings = innerWords(text.split(' '));
  return endings.length ? `${text} ${INNER_WORDS} ${endings.join(' ')}` : text;
}
