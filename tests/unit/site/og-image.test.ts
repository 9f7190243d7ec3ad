import { describe, expect, it } from 'vitest';
import { cardIds, cardText, ogImageFor, releaseOgImage, SITE_CARD } from '@/site/og-image.ts';
import { ministries } from '@/release/registries.ts';

describe('the share card a page carries', () => {
  it.each([
    ['a release or a ministry page of labour', 'labour', '/og/labour.png', 'กระทรวงแรงงาน · ข่าวประชาสัมพันธ์ภาครัฐ จากแถลง'],
    ['the Office of the Prime Minister', 'pmo', '/og/pmo.png', 'สำนักนายกรัฐมนตรี · ข่าวประชาสัมพันธ์ภาครัฐ จากแถลง'],
    ['any other page', undefined, '/og/site.png', 'แถลง · ข่าวประชาสัมพันธ์ภาครัฐ จากแถลง'],
    ['a ministry the registry does not know', 'labor', '/og/site.png', 'แถลง · ข่าวประชาสัมพันธ์ภาครัฐ จากแถลง'],
  ])('%s', (_, ministry, path, alt) => {
    expect(ogImageFor(ministry)).toEqual({ path, width: 1200, height: 630, alt, type: 'image/png' });
  });

  it('is one of the cards the site serves: the site card and one per ministry', () => {
    expect(cardIds()).toEqual([SITE_CARD, ...ministries.map((m) => m.slug)]);
    for (const ministry of [undefined, ...ministries.map((m) => m.slug)])
      expect(cardIds().map((card) => `/og/${card}.png`)).toContain(ogImageFor(ministry).path);
  });
});

describe("a release's share card", () => {
  const card = { path: '/_astro/photos/ab_1.jpeg', width: 1200, height: 630, type: 'image/jpeg' as const };

  it("is its lead photo, with the photo's alt text, when it has one", () => {
    expect(releaseOgImage('labour', { image: card, alt: 'คนงานในโรงงาน' })).toEqual({ ...card, alt: 'คนงานในโรงงาน' });
  });

  it("is its ministry's card without one", () => {
    expect(releaseOgImage('labour', undefined)).toEqual(ogImageFor('labour'));
  });
});

describe('what a card shows', () => {
  it("a ministry's Thai and English names", () => {
    expect(cardText('higher-education', 'example.org')).toEqual({
      siteName: 'แถลง',
      title: 'กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม',
      subtitle: 'Ministry of Higher Education, Science, Research and Innovation',
      host: 'example.org',
    });
  });

  it("the site's tagline on the site card", () => {
    expect(cardText(SITE_CARD, 'example.org')).toMatchObject({ title: 'ข่าวประชาสัมพันธ์ภาครัฐ' });
  });

  it('refuses a card that is not served', () => {
    expect(() => cardText('labor', 'example.org')).toThrow(/no share card "labor"/);
  });
});
