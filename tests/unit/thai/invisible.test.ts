import { describe, expect, it } from 'vitest';
import { INVISIBLE, withoutInvisible } from '@/thai/invisible.ts';

describe('invisible characters', () => {
  it.each([
    ['zero-width spaces and joiners, word joiner, BOM, soft hyphen', '\uFEFFข่าว\u200Bดี\u200C\u200D\u2060มาก\u00AD', 'ข่าวดีมาก'],
    ['not visible spaces nor Thai marks', 'ข่าว ดี\u00A0มาก', 'ข่าว ดี\u00A0มาก'],
  ])('are %s', (_, text, expected) => {
    expect(withoutInvisible(text)).toBe(expected);
  });

  it('can be matched one by one, to be written out', () => {
    expect('a\u200Bb\u00ADc'.replace(INVISIBLE, (c) => `<${c.charCodeAt(0).toString(16)}>`)).toBe('a<200b>b<ad>c');
  });
});
