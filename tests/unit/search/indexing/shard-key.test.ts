import { describe, expect, it } from 'vitest';
import { shardKey } from '@/search/indexing/shard-key.ts';

const files = [
  { path: '2020/03/2020-03-26-a.md', text: '---\ntitle: "ก"\n---\nเนื้อข่าว\n' },
  { path: '2020/03/2020-03-27-b.md', text: '---\ntitle: "ข"\n---\nเนื้อข่าว\n' },
];

describe('the key of a shard index in the cache', () => {
  it('stays the same for the same releases, whatever order they are read in', () => {
    expect(shardKey('2020-03', files, 'v1')).toBe(shardKey('2020-03', [...files].reverse(), 'v1'));
  });

  it('changes when one character of one release changes', () => {
    const edited = [files[0]!, { ...files[1]!, text: files[1]!.text.replace('ข', 'ค') }];
    expect(shardKey('2020-03', edited, 'v1')).not.toBe(shardKey('2020-03', files, 'v1'));
  });

  it('changes when a release is renamed, added or removed', () => {
    const key = shardKey('2020-03', files, 'v1');
    expect(shardKey('2020-03', [files[0]!, { ...files[1]!, path: '2020/03/2020-03-27-c.md' }], 'v1')).not.toBe(key);
    expect(shardKey('2020-03', files.slice(0, 1), 'v1')).not.toBe(key);
  });

  it('changes with the indexing code and with the shard name', () => {
    const key = shardKey('2020-03', files, 'v1');
    expect(shardKey('2020-03', files, 'v2')).not.toBe(key);
    expect(shardKey('2020-02', files, 'v1')).not.toBe(key);
  });

  it('cannot be faked by moving text between a path and a body', () => {
    const a = [{ path: 'a', text: 'b\0c' }];
    const b = [{ path: 'a\0b', text: 'c' }];
    expect(shardKey('x', a, 'v')).not.toBe(shardKey('x', b, 'v'));
  });
});
