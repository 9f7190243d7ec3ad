import { describe, expect, it } from 'vitest';
import { cacheKeyOf, withCacheKeys } from '@/site/cache-key.ts';
import type { Release } from '@/release/release.ts';

const release = (slug: string, digest: string, title = 'ข่าว'): Release => ({
  slug,
  digest,
  title,
  date: new Date('2020-09-08T03:00:00Z'),
  ministry: 'commerce',
  provinces: [],
  nationwide: false,
  gallery: [],
  updates: [],
  draft: false,
  excerpt: 'เปิดข่าว',
  filePath: `content/releases/2020/09/${slug}.md`,
});

describe('page cache keys for incremental builds', () => {
  it('change when what a page shows changes', () => {
    expect(cacheKeyOf({ items: [release('a', '1')] })).not.toBe(cacheKeyOf({ items: [release('a', '1', 'ข่าวใหม่')] }));
  });

  it('change when a photo the page shows is replaced under the same name (its content hash), not when nothing about it changed', () => {
    const photo = {
      path: 'content/releases/2020/09/a/lead.jpg',
      hash: 'ab12',
      width: 1600,
      height: 1067,
      format: 'jpg' as const,
    };
    const withPhoto = (hash: string): Release => ({ ...release('a', '1'), photos: { './a/lead.jpg': { ...photo, hash } } });
    expect(cacheKeyOf({ items: [withPhoto('ab12')] })).toBe(cacheKeyOf({ items: [withPhoto('ab12')] }));
    expect(cacheKeyOf({ items: [withPhoto('ab12')] })).not.toBe(cacheKeyOf({ items: [withPhoto('cd34')] }));
  });

  it('ignore a listed release whose file changed where the page shows nothing of it that changed', () => {
    expect(cacheKeyOf({ items: [release('a', '1')] })).toBe(cacheKeyOf({ items: [release('a', '2')] }));
  });

  it('change when a body the page renders changes', () => {
    const before = release('a', '1');
    const after = release('a', '2');
    expect(cacheKeyOf({ release: before }, [before])).not.toBe(cacheKeyOf({ release: after }, [after]));
  });

  it('are added to every getStaticPaths entry', () => {
    const [entry] = withCacheKeys([{ params: { slug: 'a' }, props: { release: release('a', '1') } }], (props) => [props.release]);
    expect(entry!.cacheKey).toBe(cacheKeyOf(entry!.props, [entry!.props.release]));
  });
});
