/**
 * Raw release files arrive as bytes: UTF-8 (with or without BOM) from the site, sometimes
 * Windows-874/TIS-620 from older desktop tools, sometimes something that is not text.
 */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-874' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows874 = new TextDecoder('windows-874');

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
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
