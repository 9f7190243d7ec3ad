/**
 * A release's history as GOV.UK shows it: the last update with its note near the date,
 * and at the end every update, newest first, down to the first publication.
 */
import { UI } from '@/i18n/th.ts';
import type { Release } from '@/release/release.ts';

/** The fragment of the list of every update at the end of a release page. */
export const UPDATES_ID = 'updates';

export interface HistoryEntry {
  date: Date;
  note: string;
}

/** The newest update with its note; a file that gives only `updated` has a date and no note. */
export function lastUpdate(release: Pick<Release, 'updates' | 'updated'>): { date: Date; note?: string } | undefined {
  const [newest] = release.updates;
  if (newest) return newest;
  return release.updated ? { date: release.updated } : undefined;
}

/** Every update, newest first, then the first publication; empty for a release never updated with a note. */
export function releaseHistory(release: Pick<Release, 'updates' | 'date'>): HistoryEntry[] {
  if (release.updates.length === 0) return [];
  return [...release.updates, { date: release.date, note: UI.firstPublished }];
}
