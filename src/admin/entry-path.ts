/**
 * Where the editor puts a new release: content/releases/<yyyy>/<mm>/<yyyy-mm-dd>-<ministry>.md,
 * the folders and date of its Bangkok date, as `npm run new` does. Decap's own {{year}} and
 * {{month}} read the date in UTC, which files a release dated before 07:00 in Bangkok under
 * the day (or month) before; so the parts are read from the date as written, which is
 * Bangkok time (src/release/date.ts), and handed to Decap's path template as entry data
 * just before it names the file (its preSave event). The format never writes them.
 */

/** Decap's path and slug templates for the releases collection. */
export const ENTRY_PATH = {
  path: '{{file_year}}/{{file_month}}/{{file_date}}-{{slug}}',
  slug: '{{ministry}}',
} as const;

export interface PathParts {
  file_year: string;
  file_month: string;
  file_date: string;
}

/** The path parts of a release date as written (`2025-10-01` or `2025-10-01T06:30`); none for anything else. */
export function pathParts(date: unknown): PathParts | undefined {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim()) : null;
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  return { file_year: year, file_month: month, file_date: `${year}-${month}-${day}` };
}
