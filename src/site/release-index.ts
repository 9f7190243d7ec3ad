/**
 * One pass over all releases builds every listing the site needs: newest first overall,
 * per ministry, per province, per category and per month, plus positions for previous/next and
 * related releases. Built once per build; lookups are O(1) or O(log n), never O(n²).
 */
import type { Release } from '@/release/release.ts';
import { yearMonthInBangkok } from '@/thai/date.ts';

export interface ReleaseIndex {
  /** Newest first; ties broken by slug so the order is stable across builds. */
  all: readonly Release[];
  bySlug: ReadonlyMap<string, Release>;
  byMinistry: ReadonlyMap<string, readonly Release[]>;
  byProvince: ReadonlyMap<string, readonly Release[]>;
  byCategory: ReadonlyMap<string, readonly Release[]>;
  /** Keyed `yyyy-mm`, newest month first. */
  byMonth: ReadonlyMap<string, readonly Release[]>;
  /** Position of each release in `all`. */
  position: ReadonlyMap<string, number>;
}

function compareNewestFirst(a: Release, b: Release): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function buildReleaseIndex(releases: readonly Release[]): ReleaseIndex {
  const all = [...releases].sort(compareNewestFirst);
  const byMinistry = new Map<string, Release[]>();
  const byProvince = new Map<string, Release[]>();
  const byCategory = new Map<string, Release[]>();
  const byMonth = new Map<string, Release[]>();
  const position = new Map<string, number>();
  const push = (map: Map<string, Release[]>, key: string, release: Release): void => {
    const list = map.get(key);
    if (list) list.push(release);
    else map.set(key, [release]);
  };
  all.forEach((release, i) => {
    position.set(release.slug, i);
    push(byMinistry, release.ministry, release);
    for (const code of release.provinces) push(byProvince, code, release);
    if (release.category) push(byCategory, release.category, release);
    const { year, month } = yearMonthInBangkok(release.date);
    push(byMonth, monthKey(year, month), release);
  });
  return {
    all,
    bySlug: new Map(all.map((r) => [r.slug, r])),
    byMinistry,
    byProvince,
    byCategory,
    byMonth,
    position,
  };
}

/** The next newer and next older release in the whole archive. */
export function neighbours(index: ReleaseIndex, slug: string): { newer?: Release; older?: Release } {
  const at = index.position.get(slug);
  if (at === undefined) return {};
  const result: { newer?: Release; older?: Release } = {};
  const newer = index.all[at - 1];
  const older = index.all[at + 1];
  if (newer) result.newer = newer;
  if (older) result.older = older;
  return result;
}

/**
 * Releases that share the ministry or a province, closest in time first, those sharing
 * more (a province counts more than the ministry) ahead. A province shared with a release
 * about many provinces counts less, or such releases would be related to everything (one
 * naming 17 provinces was among the related releases of 47 others in a 3,000-release
 * sample). Only a small window around the release in each of its lists is looked at, so
 * the cost does not grow with the archive.
 */
export function relatedReleases(index: ReleaseIndex, release: Release, count: number): Release[] {
  const scores = new Map<Release, number>();
  const consider = (list: readonly Release[] | undefined, weight: (candidate: Release) => number): void => {
    if (!list) return;
    const at = findInList(list, release);
    for (let step = 1; step <= count; step++) {
      for (const candidate of [list[at - step], list[at + step]]) {
        if (candidate && candidate !== release) scores.set(candidate, (scores.get(candidate) ?? 0) + weight(candidate));
      }
    }
  };
  consider(index.byMinistry.get(release.ministry), () => 1);
  const sharedProvince = (candidate: Release): number => 2 / Math.sqrt(candidate.provinces.length);
  for (const code of release.provinces) consider(index.byProvince.get(code), sharedProvince);
  const distance = (r: Release): number => Math.abs(r.date.getTime() - release.date.getTime());
  return [...scores.entries()]
    .sort(([a, sa], [b, sb]) => sb - sa || distance(a) - distance(b) || compareNewestFirst(a, b))
    .slice(0, count)
    .map(([r]) => r);
}

/** Binary search in a newest-first list. */
function findInList(list: readonly Release[], release: Release): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = list[mid] as Release;
    const order = compareNewestFirst(item, release);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return low;
}
