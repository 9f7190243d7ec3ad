/**
 * Release metadata as stored in the index and as handed to readers. Pagefind indexes
 * meta values as words: a bare ISO date would make "2019" find every release of 2019.
 */
import { displayText } from './excerpt.ts';

const DATE_PREFIX = 'd';

export const indexedDate = (isoDate: string): string => `${DATE_PREFIX}${isoDate}`;

export interface ReleaseMeta {
  title: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
}

export function readableMeta(meta: Record<string, string>): ReleaseMeta {
  return { title: displayText(meta['title'] ?? '').trim(), date: (meta['date'] ?? '').slice(DATE_PREFIX.length) };
}
