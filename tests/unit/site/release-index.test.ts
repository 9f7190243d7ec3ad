import { describe, expect, it } from 'vitest';
import { categories } from '@/release/registries.ts';
import { buildReleaseIndex, neighbours, relatedReleases } from '@/site/release-index.ts';
import { visibleReleases, type Release } from '@/release/release.ts';
import { archiveYears, categoryPages, ministryPages, monthPages, provincePages, yearPages } from '@/site/listings.ts';
import { paginate } from '@/site/paginate.ts';

function make(slug: string, date: string, ministry: string, provinces: string[] = [], draft = false): Release {
  return {
    slug,
    title: slug,
    date: new Date(date),
    ministry,
    provinces,
    nationwide: false,
    source: `https://example.go.th/${slug}`,
    gallery: [],
    updates: [],
    draft,
    excerpt: '',
    filePath: `${slug}.md`,
  };
}

const releases = [
  make('a', '2020-01-01T00:00:00+07:00', 'labour', ['TH-50']),
  make('b', '2020-01-02T00:00:00+07:00', 'labour'),
  make('c', '2020-01-03T00:00:00+07:00', 'pmo', ['TH-50']),
  make('d', '2019-12-31T23:30:00+07:00', 'pmo', ['TH-10']),
  make('e', '2020-01-02T00:00:00+07:00', 'pmo', ['TH-50', 'TH-10']),
];

describe('buildReleaseIndex', () => {
  const index = buildReleaseIndex(releases);

  it('orders newest first, ties by slug, the same on every build', () => {
    expect(index.all.map((r) => r.slug)).toEqual(['c', 'b', 'e', 'a', 'd']);
    expect(buildReleaseIndex([...releases].reverse()).all.map((r) => r.slug)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('groups by ministry, province and Bangkok month', () => {
    expect(index.byMinistry.get('pmo')?.map((r) => r.slug)).toEqual(['c', 'e', 'd']);
    expect(index.byProvince.get('TH-50')?.map((r) => r.slug)).toEqual(['c', 'e', 'a']);
    expect(index.byMonth.get('2019-12')?.map((r) => r.slug)).toEqual(['d']);
    expect(index.byMonth.get('2020-01')?.length).toBe(4);
  });

  it('finds the newer and older neighbours', () => {
    expect(neighbours(index, 'e')).toEqual({ newer: index.bySlug.get('b'), older: index.bySlug.get('a') });
    expect(neighbours(index, 'c').newer).toBeUndefined();
    expect(neighbours(index, 'd').older).toBeUndefined();
  });

  it('relates releases sharing provinces before those sharing only the ministry', () => {
    const related = relatedReleases(index, index.bySlug.get('e')!, 3).map((r) => r.slug);
    expect(related).not.toContain('e');
    expect(related[0]).toBe('c'); // same ministry and province, nearest in time
    expect(related).toContain('a');
    expect(related).toHaveLength(3);
  });

  it('prefers a release about the same province to one about many provinces at once', () => {
    const many = ['TH-50', 'TH-10', 'TH-20', 'TH-30', 'TH-40', 'TH-80', 'TH-90', 'TH-57', 'TH-12'];
    const index = buildReleaseIndex([
      make('local', '2020-01-10', 'labour', ['TH-50']),
      make('neighbour', '2020-01-01', 'culture', ['TH-50']),
      make('roundup', '2020-01-09', 'culture', many),
    ]);
    // Both share one province with `local`; the round-up of nine provinces is the weaker tie though nearer in time.
    expect(relatedReleases(index, index.bySlug.get('local')!, 2).map((r) => r.slug)).toEqual(['neighbour', 'roundup']);
  });

  it('relates nothing when nothing is shared', () => {
    const lonely = buildReleaseIndex([make('x', '2020-01-01', 'energy'), make('y', '2020-01-02', 'culture')]);
    expect(relatedReleases(lonely, lonely.bySlug.get('x')!, 4)).toEqual([]);
  });
});

describe('listings', () => {
  const index = buildReleaseIndex(releases);

  it('gives every ministry, province and category a page, empty ones included', () => {
    expect(ministryPages(index)).toHaveLength(20);
    expect(provincePages(index)).toHaveLength(77);
    expect(categoryPages(index)).toHaveLength(categories.length);
    expect(categoryPages(index).find((p) => p.category.slug === 'economy')?.page.total).toBe(0);
    expect(ministryPages(index).find((p) => p.ministry.slug === 'energy')?.page.total).toBe(0);
  });

  it('lists archive years and months newest first with counts', () => {
    expect(archiveYears(index)).toEqual([
      { year: 2020, count: 4, months: [{ year: 2020, month: 1, count: 4 }] },
      { year: 2019, count: 1, months: [{ year: 2019, month: 12, count: 1 }] },
    ]);
  });
});

describe('archive neighbours', () => {
  // Months with releases: 2018-05, 2019-12, 2020-01, 2020-03 (none in 2020-02 nor in 2019 before December).
  const index = buildReleaseIndex([
    ...releases,
    make('f', '2020-03-05T00:00:00+07:00', 'labour'),
    make('g', '2018-05-05T00:00:00+07:00', 'labour'),
  ]);

  it('links a month to the nearest earlier and later months that have releases, across years', () => {
    const around = (year: number, month: number) => monthPages(index).find((p) => p.year === year && p.month === month)!.months;
    expect(around(2020, 1)).toEqual({ earlier: { year: 2019, month: 12, count: 1 }, later: { year: 2020, month: 3, count: 1 } });
    expect(around(2019, 12)).toEqual({ earlier: { year: 2018, month: 5, count: 1 }, later: { year: 2020, month: 1, count: 4 } });
    expect(around(2020, 3)).toEqual({ earlier: { year: 2020, month: 1, count: 4 } });
    expect(around(2018, 5)).toEqual({ later: { year: 2019, month: 12, count: 1 } });
  });

  it('gives a year all twelve months in calendar order with their counts, and its neighbouring years', () => {
    const [y2020, y2019, y2018] = yearPages(index);
    expect(y2020!.months.map((m) => m.count)).toEqual([4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(y2020!.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(y2020).toMatchObject({ year: 2020, count: 5, years: { earlier: { year: 2019, count: 1 } } });
    expect(y2020!.years.later).toBeUndefined();
    expect(y2019!.years).toEqual({ earlier: { year: 2018, count: 1 }, later: { year: 2020, count: 5 } });
    expect(y2018!.years).toEqual({ later: { year: 2019, count: 1 } });
  });
});

describe('paginate', () => {
  it('cuts fixed-size pages with links to the neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, (n) => `/p/${n}/`);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[0]).toMatchObject({ number: 1, lastNumber: 3, total: 5, url: '/p/1/', nextUrl: '/p/2/' });
    expect(pages[0]!.prevUrl).toBeUndefined();
    expect(pages[2]).toMatchObject({ prevUrl: '/p/2/' });
    expect(pages[2]!.nextUrl).toBeUndefined();
    expect(pages[1]!.links).toEqual([
      { kind: 'page', number: 1, url: '/p/1/', current: false },
      { kind: 'page', number: 2, url: '/p/2/', current: true },
      { kind: 'page', number: 3, url: '/p/3/', current: false },
    ]);
  });

  it('still gives one empty page for an empty list', () => {
    expect(paginate([], 20, () => '/')).toEqual([{ number: 1, lastNumber: 1, items: [], total: 0, url: '/', links: [] }]);
  });
});

describe('visibleReleases', () => {
  const withDraft = [...releases, make('draft', '2021-01-01', 'culture', [], true)];
  const now = new Date('2026-01-01T00:00:00+07:00');
  it('hides drafts from a built site and shows them in dev', () => {
    expect(visibleReleases(withDraft, { preview: false, now }).map((r) => r.slug)).not.toContain('draft');
    expect(visibleReleases(withDraft, { preview: true, now }).map((r) => r.slug)).toContain('draft');
  });
});
