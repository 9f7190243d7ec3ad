import { describe, expect, it } from 'vitest';
import { ENTRY_PATH, pathParts } from '@/admin/entry-path.ts';

describe('where the browser editor files a new release', () => {
  it('takes the folders and date from the date as written, in Bangkok time', () => {
    // 06:30 on 1 November in Bangkok is still 31 October in UTC, which Decap's {{month}} reads.
    expect(pathParts('2025-11-01T06:30')).toEqual({ file_year: '2025', file_month: '11', file_date: '2025-11-01' });
    expect(pathParts('2017-11-02')).toEqual({ file_year: '2017', file_month: '11', file_date: '2017-11-02' });
  });

  it('gives nothing for what is not a date yet', () => {
    for (const value of ['', 'พรุ่งนี้', undefined, 20251101]) expect(pathParts(value)).toBeUndefined();
  });

  it('names the file <yyyy>/<mm>/<yyyy-mm-dd>-<ministry> as npm run new does', () => {
    expect(ENTRY_PATH).toEqual({ path: '{{file_year}}/{{file_month}}/{{file_date}}-{{slug}}', slug: '{{ministry}}' });
  });
});
