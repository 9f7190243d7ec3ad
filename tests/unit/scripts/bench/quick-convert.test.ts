import { describe, expect, it } from 'vitest';
import { earlierCopy, quickConvert } from '../../../../scripts/bench/quick-convert.ts';
import { validateRelease } from '@/release/validate.ts';

const RAW = [
  'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกรัฐมนตรีประชุมคณะรัฐมนตรี',
  'วันเสาร์ที่ 29 กุมภาพันธ์ 2563',
  'นายกรัฐมนตรีประชุมคณะรัฐมนตรี',
  'วันนี้ นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ที่ทำเนียบรัฐบาล',
  'ที่มา : https://www.thaigov.go.th/news/contents/details/27000',
].join('\n');

describe('synthetic archive copies for the benchmark', () => {
  it('makes a valid release four years earlier per copy, with its own slug and source', () => {
    const release = quickConvert(RAW)!;
    expect(release.path).toBe('2020/02/2020-02-29-27000.md');
    const copy = earlierCopy(release, 2);
    expect(copy.path).toBe('2012/02/2012-02-29-27000-copy2.md');
    const checked = validateRelease(`content/releases/${copy.path}`, copy.text, { now: new Date('2026-01-01') });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.release.slug).toBe('2012-02-29-27000-copy2');
    expect(checked.release.source).toBe('https://www.thaigov.go.th/news/contents/details/27000?copy=2');
  });
});
