/**
 * Release metadata as stored in the index and as handed to readers. Pagefind indexes
 * meta values as words, and the parts of a word between punctuation too: a bare ISO
 * date would make "2019" find every release of 2019, and d2019-10-05 would make "10"
 * find every release of an October. So the date is one word, d20191005.
 */
import { displayText } from './excerpt.ts';

const DATE_PREFIX = 'd';

export const indexedDate = (isoDate: string): string => `${DATE_PREFIX}${isoDate.replaceAll('-', '')}`;

const isoDate = (indexed: string): string => indexed.slice(DATE_PREFIX.length).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

export interface ReleaseMeta {
  title: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
}

export function readableMeta(meta: Record<string, string>): ReleaseMeta {
  return { title: displayText(meta['title'] ?? '').trim(), date: isoDate(meta['date'] ?? '') };
}
