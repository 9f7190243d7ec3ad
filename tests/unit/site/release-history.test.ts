import { describe, expect, it } from 'vitest';
import { lastUpdate, releaseHistory } from '@/site/release-history.ts';
import type { Release } from '@/release/release.ts';
import { testRelease } from '../../helpers/release.ts';

const make = (extra: Partial<Release> = {}): Release =>
  testRelease('a', { title: 'ข่าว', date: new Date('2026-11-02T09:00:00+07:00'), ministry: 'commerce', ...extra });
const updates = [
  { date: new Date('2026-11-03T10:00:00+07:00'), note: 'แก้ไขตัวเลขงบประมาณ' },
  { date: new Date('2026-11-02T15:00:00+07:00'), note: 'เพิ่มรายชื่อจังหวัด' },
];

describe('a release history', () => {
  it('lists every update newest first, then the first publication', () => {
    expect(releaseHistory(make({ updates, updated: updates[0]!.date }))).toEqual([
      ...updates,
      { date: new Date('2026-11-02T09:00:00+07:00'), note: 'เผยแพร่ครั้งแรก' },
    ]);
    expect(lastUpdate(make({ updates, updated: updates[0]!.date }))).toEqual(updates[0]);
  });

  it('of an old file with only updated: has a last update without a note, and no list', () => {
    const legacy = make({ updated: new Date('2026-11-04T00:00:00+07:00') });
    expect(lastUpdate(legacy)).toEqual({ date: legacy.updated });
    expect(releaseHistory(legacy)).toEqual([]);
    expect(lastUpdate(make())).toBeUndefined();
  });
});
