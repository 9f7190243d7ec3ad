/**
 * Which menu entry a page belongs to, for aria-current: a section holds every page under
 * its path, so page 2 of a ministry is still in กระทรวง; the home page's entry (the
 * latest releases) also holds their later pages (/page/2/), which are not under `/`.
 */
import { homePath } from './paths.ts';

const LATEST_PAGES = homePath(2).replace(/2\/$/, '');

export function inSection(pathname: string, sectionPath: string): boolean {
  if (sectionPath === homePath()) return pathname === sectionPath || pathname.startsWith(LATEST_PAGES);
  return pathname.startsWith(sectionPath);
}
