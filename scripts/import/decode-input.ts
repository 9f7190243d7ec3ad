/**
 * Raw release files arrive as bytes: UTF-8 (with or without BOM) from the site, sometimes
 * Windows-874/TIS-620 from older desktop tools, UTF-16 from Windows editors ("Unicode" in
 * Notepad), sometimes something that is not text.
 */
export type Decoded =
  { ok: true; text: string; encoding: 'utf-8' | 'windows-874' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows874 = new TextDecoder('windows-874');

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = utf16Order(bytes);
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return { ok: false, reason: `${utf16.toUpperCase()} text that does not decode (cut short or damaged)` };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not text' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. TIS-620 puts Thai letters in 0xA1–0xFB; text that has them is Thai.
    const thaiBytes = bytes.filter((b) => b >= 0xa1 && b <= 0xfb).length;
    if (thaiBytes >= bytes.filter((b) => b >= 0x80).length * 0.9) {
      return { ok: true, text: windows874.decode(bytes), encoding: 'windows-874' };
    }
    return { ok: false, reason: 'neither UTF-8 nor Windows-874/TIS-620 text' };
  }
}

/**
 * UTF-16 by its byte-order mark, or without one by its high bytes: in Thai text nearly
 * every character is ASCII (high byte 0) or Thai (U+0E00–U+0E7F, high byte 0x0E), on odd
 * offsets in little-endian text and on even ones in big-endian.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 8192);
  if (sample.length < 16 || sample.length % 2 !== 0) return undefined;
  const highBytes = (first: number): number => {
    let thaiOrAscii = 0;
    for (let i = first; i < sample.length; i += 2) if (sample[i] === 0 || sample[i] === 0x0e) thaiOrAscii++;
    return thaiOrAscii / (sample.length / 2);
  };
  if (highBytes(1) >= 0.9) return 'utf-16le';
  if (highBytes(0) >= 0.9) return 'utf-16be';
  return undefined;
}

/** NUL bytes, or many control characters, mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > sample.length * 0.05;
}
