import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/site/share/share-links.ts';

describe('share links', () => {
  it('hand LINE, Facebook and X the page address (and X the title), encoded, on their own share pages', () => {
    const links = shareLinks('https://thalaeng.example/releases/2017-11-02-7766/?a=1&b=2', 'ปลัดแรงงาน & "ทีม"');
    expect(links.map((l) => l.service)).toEqual(['line', 'facebook', 'x']);
    const [line, facebook, x] = links.map((l) => new URL(l.href));
    expect(line!.origin).toBe('https://social-plugins.line.me');
    expect(line!.searchParams.get('url')).toBe('https://thalaeng.example/releases/2017-11-02-7766/?a=1&b=2');
    expect(facebook!.searchParams.get('u')).toBe('https://thalaeng.example/releases/2017-11-02-7766/?a=1&b=2');
    expect(x!.searchParams.get('text')).toBe('ปลัดแรงงาน & "ทีม"');
    expect(x!.searchParams.get('url')).toBe('https://thalaeng.example/releases/2017-11-02-7766/?a=1&b=2');
  });
});
