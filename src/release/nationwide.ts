/**
 * A release that names more provinces than this concerns the whole country (a cabinet
 * summary names all 77): it is marked `nationwide: true` instead of listing them. The
 * importer applies the rule and `npm run check` warns an editor who lists more. Such
 * releases are national news: they stay in the site feed and their ministry's and
 * category's, and off province pages and feeds, which they would otherwise flood (at
 * 3,000 releases, 21 of them made 590 of 3,057 province-feed items).
 */
export const NATIONWIDE_PROVINCE_COUNT = 20;

/** True when a list of provinces is long enough to mean the whole country. */
export const namesWholeCountry = (provinces: readonly string[]): boolean => provinces.length > NATIONWIDE_PROVINCE_COUNT;
