/**
 * The characters of a release file. It must be UTF-8 (read any other way, bad bytes
 * would quietly become U+FFFD), and it must not hold characters that a page, the search
 * index (Pagefind stops at a lone surrogate) or a feed cannot carry: C0 controls other
 * than tab and line breaks, DEL, C1 controls, lone surrogates and the non-characters
 * U+FFFE and U+FFFF. All are invisible, so an editor is told exactly where they are.
 */
import { withoutInvisible } from '@/thai/invisible.ts';

/** Where a problem stands in the file, and what it is, Thai then English. */
export interface CharacterProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: CharacterProblem } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const { start, end } = firstInvalidSequence(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, start - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
    const column = lenient.decode(bytes.subarray(lineStart, start)).length + 1;
    const shown = [...bytes.subarray(start, end)]
      .map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(' ');
    return {
      ok: false,
      problem: {
        line,
        column,
        message: `ไฟล์ไม่ได้บันทึกเป็น UTF-8 / the file is not UTF-8: the bytes ${shown} are not a character`,
        fix: 'บันทึกไฟล์ใหม่เป็น UTF-8 (VS Code: "Save with Encoding" → UTF-8) แล้วตรวจข้อความตรงนี้ / save the file as UTF-8 (VS Code: "Save with Encoding", UTF-8), then check the text at this place',
      },
    };
  }
}

/** Bytes `start` to `end` (exclusive) are the first sequence that is not UTF-8. */
function firstInvalidSequence(bytes: Uint8Array): { start: number; end: number } {
  // Decoded as a stream, a prefix fails only once it holds an invalid byte, so halve.
  const decodes = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle, true)) good = middle;
    else bad = middle;
  }
  // The invalid byte may end a sequence its lead byte began: point at the lead byte.
  let start = bad - 1;
  while (start > 0 && start > bad - 4 && !decodes(start, false)) start--;
  return { start, end: bad };
}

/** True when `text` shows something: not empty, not only spaces and invisible characters. */
export const isVisibleText = (text: string): boolean => withoutInvisible(text).trim() !== '';

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x0b: 'VT',
  0x0c: 'FF',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'NEL',
};

/** `U+001B (ESC)`, `U+0085 (C1 control)`, `U+D800 (lone surrogate)`. */
export function characterName(character: string): string {
  const code = character.charCodeAt(0);
  const kind =
    NAMES[code] ??
    (code < 0x20
      ? 'C0 control'
      : code <= 0x9f
        ? 'C1 control'
        : code >= 0xd800 && code <= 0xdfff
          ? 'lone surrogate'
          : 'non-character');
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${kind})`;
}

/** Where in `text` the characters that cannot be published stand (a loop: a file may hold millions). */
export function findUnpublishableCharacters(text: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else found.push(index);
    } else if (isUnpublishable(code)) {
      found.push(index);
    }
  }
  return found;
}

/** `text` without the characters that cannot be published: for text from elsewhere (the importer). */
export function withoutUnpublishableCharacters(text: string): string {
  let kept = '';
  let from = 0;
  for (const index of findUnpublishableCharacters(text)) {
    kept += text.slice(from, index);
    from = index + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/** C0 controls but tab, LF and CR; DEL and C1 controls; a low surrogate on its own; U+FFFE, U+FFFF. */
const isUnpublishable = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
  (code >= 0x7f && code <= 0x9f) ||
  (code >= 0xdc00 && code <= 0xdfff) ||
  code === 0xfffe ||
  code === 0xffff;
