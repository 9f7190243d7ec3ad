import { describe, expect, it } from 'vitest';
import { foldProvinceText, latestFromFeed, provinceMatches, rememberedProvince } from '@/site/province-picker.ts';
import { provinces } from '@/release/registries.ts';

const names = (code: string): string[] => {
  const p = provinces.find((province) => province.code === code)!;
  return [p.nameTh, p.nameEn, ...p.aliases];
};

describe('provinceMatches', () => {
  it.each([
    ['เชียง', 'TH-50', true],
    ['เชียงใหม่', 'TH-50', true],
    ['จังหวัดเชียงใหม่', 'TH-50', true],
    ['จ. เชียงใหม่', 'TH-50', true],
    ['Chiang Mai', 'TH-50', true],
    ['chiangmai', 'TH-50', true],
    ['  CHIANG  ', 'TH-50', true],
    ['กทม.', 'TH-10', true],
    ['กทม', 'TH-10', true],
    ['bangkok', 'TH-10', true],
    ['โคราช', 'TH-30', true],
    ['ภูเก็ต', 'TH-50', false],
    ['', 'TH-50', true],
  ])('%s → %s: %s', (query, code, expected) => {
    expect(provinceMatches(query, names(code))).toBe(expected);
  });

  it('narrows the 77 provinces as one types', () => {
    const count = (query: string) => provinces.filter((p) => provinceMatches(query, names(p.code))).length;
    expect(count('')).toBe(77);
    expect(count('เชียง')).toBeGreaterThan(1);
    expect(count('เชียงร')).toBe(1);
    expect(count('zz')).toBe(0);
  });

  it('folds spaces, case and the word จังหวัด', () => {
    expect(foldProvinceText('จังหวัด นครศรีธรรมราช')).toBe('นครศรีธรรมราช');
    expect(foldProvinceText('Nakhon Si Thammarat')).toBe('nakhonsithammarat');
  });
});

describe('rememberedProvince', () => {
  const codes = new Set(['TH-10', 'TH-50']);
  it('keeps a known code and drops anything else', () => {
    expect(rememberedProvince('TH-50', codes)).toBe('TH-50');
    expect(rememberedProvince('TH-99', codes)).toBeUndefined();
    expect(rememberedProvince('<img>', codes)).toBeUndefined();
    expect(rememberedProvince(null, codes)).toBeUndefined();
  });
});

describe('latestFromFeed', () => {
  const item = (n: number) => ({
    id: `thalaeng:release:${n}`,
    url: `https://example.org/releases/${n}/`,
    title: `ข่าว ${n}`,
    date_published: `2020-01-${String(n).padStart(2, '0')}T09:00:00+07:00`,
  });
  it('gives the five newest, newest first', () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', items: [1, 2, 3, 4, 5, 6, 7].map(item) };
    expect(latestFromFeed(feed).map((i) => i.title)).toEqual(['ข่าว 7', 'ข่าว 6', 'ข่าว 5', 'ข่าว 4', 'ข่าว 3']);
  });
  it('skips malformed items and survives a malformed feed', () => {
    expect(latestFromFeed({ items: [item(1), { url: 5 }, { ...item(2), date_published: 'soon' }, null] })).toHaveLength(1);
    expect(latestFromFeed(null)).toEqual([]);
    expect(latestFromFeed({ items: 'none' })).toEqual([]);
  });
});
