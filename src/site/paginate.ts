/** Fixed-size pages over a list, with the URLs each page links to. */
import { paginationItems } from './pagination-items.ts';

/** A numbered link of the pagination, or a gap. */
export type PageLink = { kind: 'page'; number: number; url: string; current: boolean } | { kind: 'ellipsis' };

export interface Page<T> {
  /** 1-based. */
  number: number;
  lastNumber: number;
  items: readonly T[];
  /** Total items in the whole list. */
  total: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
  /** The numbered links to show (src/site/pagination-items.ts); none when there is one page. */
  links: PageLink[];
}

export function paginate<T>(items: readonly T[], pageSize: number, urlFor: (pageNumber: number) => string): Page<T>[] {
  const lastNumber = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastNumber }, (_, i) => {
    const number = i + 1;
    const page: Page<T> = {
      number,
      lastNumber,
      items: items.slice(i * pageSize, number * pageSize),
      total: items.length,
      url: urlFor(number),
      links: paginationItems(number, lastNumber).map((item) =>
        item.kind === 'page' ? { ...item, url: urlFor(item.number) } : item,
      ),
    };
    if (number > 1) page.prevUrl = urlFor(number - 1);
    if (number < lastNumber) page.nextUrl = urlFor(number + 1);
    return page;
  });
}

/** The route parameter for page N of a `[...page]` route: none for page 1. */
export const pageParam = (pageNumber: number): string | undefined => (pageNumber > 1 ? String(pageNumber) : undefined);
