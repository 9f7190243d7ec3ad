/**
 * A release that names more provinces than this concerns the whole country (a cabinet
 * summary names all 77). Such releases are national news: they stay in the site feed
 * and their ministry's feed, and stay off province feeds, which they would otherwise
 * flood (at 3,000 releases, 21 such releases made 590 of 3,057 province-feed items).
 */
import type { Release } from '@/release/release.ts';

export const NATIONWIDE_PROVINCE_COUNT = 20;

export const isNationwide = (release: Pick<Release, 'provinces'>): boolean =>
  release.provinces.length > NATIONWIDE_PROVINCE_COUNT;
