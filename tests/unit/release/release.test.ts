import { describe, expect, it } from 'vitest';
import { isPublished, isScheduled, visibleReleases, type Release } from '@/release/release.ts';

const make = (slug: string, date: string, draft = false): Release => ({
  slug,
  title: slug,
  date: new Date(date),
  ministry: 'labour',
  provinces: [],
  nationwide: false,
  gallery: [],
  updates: [],
  draft,
  excerpt: '',
  filePath: `${slug}.md`,
});

const releases = [
  make('past', '2026-11-23T09:00:00+07:00'),
  make('at-ten', '2026-11-24T10:00:00+07:00'),
  make('draft-past', '2026-11-01T00:00:00+07:00', true),
  make('draft-future', '2027-01-01T00:00:00+07:00', true),
];
const slugsAt = (now: string, preview = false): string[] =>
  visibleReleases(releases, { preview, now: new Date(now) }).map((r) => r.slug);

describe('visibility at a given now', () => {
  it.each([
    ['a minute before its time, in Bangkok', '2026-11-24T09:59:00+07:00', ['past']],
    ['at its time to the second', '2026-11-24T10:00:00+07:00', ['past', 'at-ten']],
    ['the same instant written in UTC', '2026-11-24T03:00:00Z', ['past', 'at-ten']],
    ['on the Bangkok day before, though already that day in UTC+14', '2026-11-23T23:59:00+07:00', ['past']],
  ])('%s', (_, now, expected) => {
    expect(slugsAt(now)).toEqual(expected);
  });

  it('shows drafts and scheduled releases in preview (npm run dev), whatever the time', () => {
    expect(slugsAt('2000-01-01T00:00:00Z', true)).toEqual(releases.map((r) => r.slug));
  });

  it('tells a scheduled release from a draft: a draft is never scheduled, whatever its date', () => {
    const now = new Date('2026-11-24T00:00:00+07:00');
    expect(releases.map((r) => [r.slug, isScheduled(r, now), isPublished(r, now)])).toEqual([
      ['past', false, true],
      ['at-ten', true, false],
      ['draft-past', false, false],
      ['draft-future', false, false],
    ]);
  });
});
