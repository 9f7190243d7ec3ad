import { describe, expect, it } from 'vitest';
import type { Release } from '@/release/release.ts';
import { withLocalLinks } from '@/site/local-links.ts';
import { releasePath } from '@/site/paths.ts';
import { testRelease } from '../../helpers/release.ts';

const make = (slug: string, source: string, linkedSources?: string[]): Release =>
  testRelease(slug, { source, ...(linkedSources ? { linkedSources } : {}) });

describe('links to other releases of the archive', () => {
  const pm = make('2023-11-16-74827', 'https://www.thaigov.go.th/news/contents/details/74827');
  const line = make('2023-11-17-74918', 'https://www.thaigov.go.th/news/contents/details/74918', [
    'thaigov.go.th/news/contents/details/74827',
    'thaigov.go.th/news/contents/details/1',
    'thaigov.go.th/news/contents/details/74918',
  ]);

  it('point at the page of the release at that source, with its title; other sources and its own are left', () => {
    const [withPm, withLine] = withLocalLinks([pm, line]);
    expect(withLine!.localLinks).toEqual({
      'thaigov.go.th/news/contents/details/74827': { path: releasePath('2023-11-16-74827'), title: 'ข่าว 2023-11-16-74827' },
    });
    expect(withPm).toBe(pm);
  });

  it('are none when the archive does not hold the release linked to', () => {
    const [alone] = withLocalLinks([line]);
    expect(alone!.localLinks).toBeUndefined();
  });
});
