/**
 * Which page numbers a listing's pagination shows, after GOV.UK's pattern
 * (https://design-system.service.gov.uk/components/pagination/): the first and last pages,
 * the current page and its neighbours, and an ellipsis for each gap. A gap of one page
 * shows that page instead: an ellipsis standing for a single number saves nothing.
 */
export type PaginationItem = { kind: 'page'; number: number; current: boolean } | { kind: 'ellipsis' };

export function paginationItems(current: number, last: number, neighbours = 1): PaginationItem[] {
  if (last <= 1) return [];
  const shown = new Set([1, last]);
  for (let n = current - neighbours; n <= current + neighbours; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const number of numbers) {
    if (number - previous === 2) items.push({ kind: 'page', number: previous + 1, current: previous + 1 === current });
    else if (number - previous > 2) items.push({ kind: 'ellipsis' });
    items.push({ kind: 'page', number, current: number === current });
    previous = number;
  }
  return items;
}
