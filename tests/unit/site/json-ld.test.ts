import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd } from '@/site/json-ld.ts';
import type { Release } from '@/release/release.ts';
import { testRelease } from '../../helpers/release.ts';

const make = (extra: Partial<Release> = {}): Release =>
  testRelease('a', { title: 'ข่าว', date: new Date('2026-11-02T09:00:00+07:00'), ministry: 'commerce', ...extra });
const updates = [
  { date: new Date('2026-11-03T10:00:00+07:00'), note: 'แก้ไขตัวเลขงบประมาณ' },
  { date: new Date('2026-11-02T15:00:00+07:00'), note: 'เพิ่มรายชื่อจังหวัด' },
];

describe('NewsArticle JSON-LD', () => {
  it('gives JSON-LD dateModified from the last update, datePublished unchanged', () => {
    const jsonLd = newsArticleJsonLd(make({ updates, updated: updates[0]!.date }), undefined, 'https://s.example/releases/a/');
    expect(jsonLd).toMatchObject({ datePublished: '2026-11-02T09:00:00+07:00', dateModified: '2026-11-03T10:00:00+07:00' });
    expect(newsArticleJsonLd(make(), undefined, 'https://s.example/releases/a/')).not.toHaveProperty('dateModified');
  });

  it("names the lead photo's images, and none without a photo", () => {
    const images = ['https://s.example/_astro/photos/a_1.jpeg', 'https://s.example/_astro/photos/a_2.jpeg'];
    expect(newsArticleJsonLd(make(), undefined, 'https://s.example/releases/a/', images)).toMatchObject({ image: images });
    expect(newsArticleJsonLd(make(), undefined, 'https://s.example/releases/a/')).not.toHaveProperty('image');
  });
});
