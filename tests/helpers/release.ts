/** A release as the site holds it, for unit tests: what a test does not set is plain and valid. */
import type { Release } from '@/release/release.ts';

export function testRelease(slug: string, fields: Partial<Release> = {}): Release {
  return {
    slug,
    title: `ข่าว ${slug}`,
    date: new Date('2020-01-01T09:00:00+07:00'),
    ministry: 'labour',
    provinces: [],
    nationwide: false,
    source: `https://example.go.th/${slug}`,
    gallery: [],
    updates: [],
    draft: false,
    excerpt: 'ย่อ',
    filePath: `${slug}.md`,
    ...fields,
  };
}
