import { describe, expect, it } from 'vitest';
import { linkedSourceKeys, sourceKey } from '@/release/linked-sources.ts';

describe('the key of a source URL', () => {
  it('is the same whatever the scheme, www. or a closing slash', () => {
    const key = 'thaigov.go.th/news/contents/details/74827';
    for (const url of [
      'http://www.thaigov.go.th/news/contents/details/74827',
      'https://thaigov.go.th/news/contents/details/74827/',
      'https://WWW.THAIGOV.GO.TH/news/contents/details/74827',
    ])
      expect(sourceKey(url)).toBe(key);
  });

  it('keeps the path and query apart', () => {
    expect(sourceKey('https://www.mof.go.th/th/news/2020-01-15?a=1&b=2')).toBe('mof.go.th/th/news/2020-01-15?a=1&b=2');
    expect(sourceKey('https://www.thaigov.go.th/news/contents/details/7766')).not.toBe(
      sourceKey('https://www.thaigov.go.th/news/contents/details/776'),
    );
  });

  it('is none for what is not an http(s) URL', () => {
    expect(sourceKey('mailto:pr@thaigov.go.th')).toBeUndefined();
    expect(sourceKey('/releases/a/')).toBeUndefined();
    expect(sourceKey('javascript:alert(1)')).toBeUndefined();
  });
});

describe('the sources a body links to', () => {
  it('are its URLs, bare or in a link, without the sentence’s punctuation, each once', () => {
    const body = [
      'อ่านเพิ่มเติม คลิก >> https://www.thaigov.go.th/news/contents/details/74827',
      'ดู [ข่าวเดิม](http://thaigov.go.th/news/contents/details/74827) และ https://www.mof.go.th/th/news/1.',
      'อีเมล pr@thaigov.go.th (ไม่ใช่ลิงก์)',
    ].join('\n\n');
    expect(linkedSourceKeys(body)).toEqual(['thaigov.go.th/news/contents/details/74827', 'mof.go.th/th/news/1']);
  });

  it('are also the URLs GFM links without a scheme (www.) or inside emphasis', () => {
    const body =
      'ดู www.thaigov.go.th/news/contents/details/6289 และ **https://www.mof.go.th/th/news/2** หรือ https://www.moi.go.th/a_';
    expect(linkedSourceKeys(body)).toEqual(['thaigov.go.th/news/contents/details/6289', 'mof.go.th/th/news/2', 'moi.go.th/a']);
  });

  it('are none in a body without URLs', () => {
    expect(linkedSourceKeys('ข่าวไม่มีลิงก์')).toEqual([]);
  });
});
