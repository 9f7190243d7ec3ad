/**
 * The paginated listings of the site, computed from the release index: the pages'
 * getStaticPaths only map these to routes. Every ministry, province and category gets a page,
 * even with no releases yet, so that links and feeds to them never break.
 */
import { SITE } from '@/config.ts';
import {
  categories,
  ministries,
  provinces,
  regions,
  type Category,
  type Ministry,
  type Province,
  type Region,
} from '@/release/registries.ts';
import { paginate, type Page } from './paginate.ts';
import { homePath, ministryPath, provincePath, categoryPath, archiveMonthPath } from './paths.ts';
import { monthKey, type ReleaseIndex } from './release-index.ts';
import type { Release } from '@/release/release.ts';

export function homePages(index: ReleaseIndex): Page<Release>[] {
  return paginate(index.all, SITE.pageSize, homePath);
}

export function ministryPages(index: ReleaseIndex): { ministry: Ministry; page: Page<Release> }[] {
  return ministries.flatMap((ministry) =>
    paginate(index.byMinistry.get(ministry.slug) ?? [], SITE.pageSize, (n) => ministryPath(ministry.slug, n)).map((page) => ({
      ministry,
      page,
    })),
  );
}

export function provincePages(index: ReleaseIndex): { province: Province; page: Page<Release> }[] {
  return provinces.flatMap((province) =>
    paginate(index.byProvince.get(province.code) ?? [], SITE.pageSize, (n) => provincePath(province.code, n)).map((page) => ({
      province,
      page,
    })),
  );
}

export function categoryPages(index: ReleaseIndex): { category: Category; page: Page<Release> }[] {
  return categories.flatMap((category) =>
    paginate(index.byCategory.get(category.slug) ?? [], SITE.pageSize, (n) => categoryPath(category.slug, n)).map((page) => ({
      category,
      page,
    })),
  );
}

export interface ArchiveMonth {
  year: number;
  month: number;
  count: number;
}

export interface ArchiveYear {
  year: number;
  count: number;
  /** Newest month first. */
  months: ArchiveMonth[];
}

/** Years and months that have releases, newest first. */
export function archiveYears(index: ReleaseIndex): ArchiveYear[] {
  const years = new Map<number, ArchiveYear>();
  for (const [key, releases] of index.byMonth) {
    const [year, month] = key.split('-').map(Number) as [number, number];
    let entry = years.get(year);
    if (!entry) {
      entry = { year, count: 0, months: [] };
      years.set(year, entry);
    }
    entry.count += releases.length;
    entry.months.push({ year, month, count: releases.length });
  }
  const list = [...years.values()].sort((a, b) => b.year - a.year);
  for (const year of list) year.months.sort((a, b) => b.month - a.month);
  return list;
}

/** A month or year that has releases, which a page links to as its neighbour. */
export interface ArchiveNeighbours<T> {
  /** The one before, in time. */
  earlier?: T;
  /** The one after, in time. */
  later?: T;
}

/** The neighbours of item i in a list that runs newest first. */
function neighboursAt<T>(newestFirst: readonly T[], i: number): ArchiveNeighbours<T> {
  const neighbours: ArchiveNeighbours<T> = {};
  const earlier = newestFirst[i + 1];
  const later = newestFirst[i - 1];
  if (earlier) neighbours.earlier = earlier;
  if (later) neighbours.later = later;
  return neighbours;
}

/** Every page of every month, each with the months before and after it that have releases. */
export function monthPages(
  index: ReleaseIndex,
): { year: number; month: number; page: Page<Release>; months: ArchiveNeighbours<ArchiveMonth> }[] {
  const months = archiveYears(index).flatMap((year) => year.months);
  return months.flatMap(({ year, month }, i) =>
    paginate(index.byMonth.get(monthKey(year, month)) ?? [], SITE.pageSize, (n) => archiveMonthPath(year, month, n)).map(
      (page) => ({ year, month, page, months: neighboursAt(months, i) }),
    ),
  );
}

/**
 * Every year's page: all twelve months in calendar order with their counts (0 for a month
 * without releases), and the years before and after it that have releases.
 */
export function yearPages(index: ReleaseIndex): {
  year: number;
  count: number;
  months: ArchiveMonth[];
  years: ArchiveNeighbours<{ year: number; count: number }>;
}[] {
  const years = archiveYears(index);
  const summaries = years.map(({ year, count }) => ({ year, count }));
  return years.map(({ year, count, months }, i) => {
    const counts = new Map(months.map((m) => [m.month, m.count]));
    return {
      year,
      count,
      months: Array.from({ length: 12 }, (_, m) => ({ year, month: m + 1, count: counts.get(m + 1) ?? 0 })),
      years: neighboursAt(summaries, i),
    };
  });
}

export function ministryCounts(index: ReleaseIndex): { ministry: Ministry; count: number }[] {
  return ministries.map((ministry) => ({ ministry, count: index.byMinistry.get(ministry.slug)?.length ?? 0 }));
}

export function categoryCounts(index: ReleaseIndex): { category: Category; count: number }[] {
  return categories.map((category) => ({ category, count: index.byCategory.get(category.slug)?.length ?? 0 }));
}

export function provincesByRegion(index: ReleaseIndex): { region: Region; provinces: { province: Province; count: number }[] }[] {
  return regions.map((region) => ({
    region,
    provinces: provinces
      .filter((p) => p.region === region.id)
      .map((province) => ({ province, count: index.byProvince.get(province.code)?.length ?? 0 }))
      .sort((a, b) => a.province.nameTh.localeCompare(b.province.nameTh, 'th')),
  }));
}
