/**
 * The home page's province picker, the parts that are not the page: how typed text is
 * matched against a province's names, how the remembered choice is read back, and which
 * of a province's JSON Feed items are shown. Pure, so the browser script
 * (src/browser/province-picker.ts) stays DOM work and these are unit-tested.
 */

/** The localStorage key of the reader's province (an ISO 3166-2:TH code); no cookie, nothing sent. */
export const PROVINCE_STORAGE_KEY = 'thalaeng:province';

/** How many of the remembered province's latest releases the home page shows. */
export const PROVINCE_LATEST_COUNT = 5;

const PREFIX = /^(?:จังหวัด|จ\.|changwat|provinceof)/;

/**
 * Text as it is compared: NFC, lower case, without spaces, dots, hyphens and a leading
 * จังหวัด/จ., so `จ. เชียงใหม่`, `Chiang Mai` and `chiangmai` all find เชียงใหม่.
 */
export function foldProvinceText(text: string): string {
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-'’]+/g, '');
  return folded.replace(PREFIX, '').replace(/\./g, '');
}

/** Whether typed text is part of any of a province's names (Thai, English, aliases); empty text matches all. */
export function provinceMatches(query: string, names: readonly string[]): boolean {
  const wanted = foldProvinceText(query);
  return wanted === '' || names.some((name) => foldProvinceText(name).includes(wanted));
}

/** A stored code, if it is one of the codes the page offers (storage is the reader's to edit). */
export function rememberedProvince(stored: string | null | undefined, codes: ReadonlySet<string>): string | undefined {
  return stored && codes.has(stored) ? stored : undefined;
}

export interface LatestItem {
  url: string;
  title: string;
  /** RFC 3339, as the feed has it. */
  date: string;
}

/** The newest items of a JSON Feed 1.1 document, newest first, skipping anything malformed. */
export function latestFromFeed(feed: unknown, count = PROVINCE_LATEST_COUNT): LatestItem[] {
  const items = (feed as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items
    .flatMap((item: Record<string, unknown>): LatestItem[] =>
      typeof item?.url === 'string' &&
      typeof item.title === 'string' &&
      typeof item.date_published === 'string' &&
      !Number.isNaN(Date.parse(item.date_published))
        ? [{ url: item.url, title: item.title, date: item.date_published }]
        : [],
    )
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .slice(0, count);
}
