import { describe, expect, it } from 'vitest';
import { decodeUtf8, characterName } from '@/release/characters.ts';
import { validateRelease } from '@/release/validate.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeUtf8', () => {
  it('reads UTF-8, without a byte order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '---\nข่าว'))).toEqual({ ok: true, text: '---\nข่าว' });
  });

  it.each([
    ['a byte that starts no character', bytes('ก\nข่', [0xff], 'าว'), 2, 3, '0xFF'],
    ['a Thai letter in Windows-874 (TIS-620)', bytes('title: ', [0xa1, 0xd2, 0xc3], '\n'), 1, 8, '0xA1'],
    ['a sequence cut short by another character', bytes('ab', [0xe0, 0x41]), 1, 3, '0xE0 0x41'],
    ['a sequence cut short by the end of the file', bytes('ab\nc', [0xe0, 0xb8]), 2, 2, '0xE0 0xB8'],
  ])('points at %s: line, column and the bytes', (_, input, line, column, shown) => {
    const decoded = decodeUtf8(input);
    expect(decoded).toEqual({
      ok: false,
      problem: {
        line,
        column,
        message: `ไฟล์ไม่ได้บันทึกเป็น UTF-8 / the file is not UTF-8: the bytes ${shown} are not a character`,
        fix: 'บันทึกไฟล์ใหม่เป็น UTF-8 (VS Code: "Save with Encoding" → UTF-8) แล้วตรวจข้อความตรงนี้ / save the file as UTF-8 (VS Code: "Save with Encoding", UTF-8), then check the text at this place',
      },
    });
  });
});

describe('characters that cannot be published', () => {
  it('are named by code point and kind', () => {
    expect(
      ['\u0000', '\u0007', '\u001b', '\u0001', '\u007f', '\u0085', '\u0090', '\ud800', '\udc00', '\uffff'].map(characterName),
    ).toEqual([
      'U+0000 (NUL)',
      'U+0007 (BEL)',
      'U+001B (ESC)',
      'U+0001 (C0 control)',
      'U+007F (DEL)',
      'U+0085 (NEL)',
      'U+0090 (C1 control)',
      'U+D800 (lone surrogate)',
      'U+DC00 (lone surrogate)',
      'U+FFFF (non-character)',
    ]);
  });

  it('leave tabs, line breaks, Thai and characters outside the BMP alone', () => {
    const text = '---\ntitle: "ข่าว\tดี 😀"\ndate: 2017-11-02\nministry: labour\nsource: https://x.go.th/1\n---\r\nเนื้อ\tข่าว 😀\r\n';
    expect(validateRelease('content/releases/2017/11/a.md', text).ok).toBe(true);
  });

  it('are listed ten at a time, with how many more there are', () => {
    const text = `---\ntitle: ข่าว\ndate: 2017-11-02\nministry: labour\nsource: https://x.go.th/1\n---\n${'\u0000'.repeat(25)}\n`;
    const result = validateRelease('content/releases/2017/11/a.md', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(11);
    expect(result.problems.at(-1)).toMatchObject({ line: 7, message: 'และอีก 15 ตัว / and 15 more such characters' });
  });

  it('are counted, not each placed, in a file full of them (a binary file named .md)', () => {
    const text = `---\ntitle: ข่าว\ndate: 2017-11-02\nministry: labour\nsource: https://x.go.th/1\n---\n${'\u0000'.repeat(1_000_000)}\n`;
    const result = validateRelease('content/releases/2017/11/a.md', text);
    expect(!result.ok && result.problems.at(-1)?.message).toBe('และอีก 999,990 ตัว / and 999,990 more such characters');
  });
});
