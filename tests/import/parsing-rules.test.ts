import { describe, expect, it } from 'vitest';
import { parseThaiDateLine, parseSlashDate } from '../../src/lib/import/thai-date-line.ts';
import { parseThaigov, type ParseResult } from '../../src/lib/import/parse-thaigov.ts';
import { cleanText } from '../../src/lib/import/clean-text.ts';
import { decodeInput } from '../../src/lib/import/decode-input.ts';
import { markdownBody } from '../../src/lib/import/release-markdown.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';

const SOURCE = 'ที่มา : http://www.thaigov.go.th/news/contents/details/7766';

function raw(lines: string[]): string {
  return lines.join('\n');
}

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a release, got ${result.reason}`);
  return result.release;
}

describe('Thai date lines', () => {
  it.each([
    ['วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', '2017-11-02'],
    ['วันพฤหัสบดีที่ ๒ พฤศจิกายน ๒๕๖๐', '2017-11-02'],
    ['2 พ.ย. 2560', '2017-11-02'],
    ['วันอังคารที่ 31 ธ.ค. พ.ศ. 2562 เวลา 10.00 น.', '2019-12-31'],
    ['  วันพฤหัสบดีที่ 4 มกราคม 2561  ', '2018-01-04'],
    ['วันศุกร์ที่ 29 กุมภาพันธ์ 2563', '2020-02-29'],
    ['วันพฤหัสบดี ที่ 2 พฤศจิกายน 2560', '2017-11-02'],
    ['วันที่ 2 พฤศจิกายน 2564', '2021-11-02'],
  ])('%s → %s', (line, iso) => {
    expect(parseThaiDateLine(line)).toBe(iso);
  });

  it.each(['วันอังคารที่ 30 กุมภาพันธ์ 2563', 'พฤศจิกายน 2560', 'ข่าวประจำวัน'])('refuses %s', (line) => {
    expect(parseThaiDateLine(line)).toBeUndefined();
  });

  it('reads dd/mm/yyyy with a Buddhist or Gregorian year', () => {
    expect(parseSlashDate('02/11/2560')).toBe('2017-11-02');
    expect(parseSlashDate('๐๒/๑๑/๒๕๖๐')).toBe('2017-11-02');
    expect(parseSlashDate('2/11/2017')).toBe('2017-11-02');
  });
});

describe('parseThaigov', () => {
  const base = ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ - ข่าว', '', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'หัวข้อ - ข่าว', 'ย่อหน้าแรก', SOURCE];

  it('takes the title from the repeated line, so hyphens in titles survive', () => {
    expect(ok(parseThaigov(raw(base))).title).toBe('หัวข้อ - ข่าว');
  });

  it('accepts other header prefixes', () => {
    const release = ok(parseThaigov(raw(['รัฐบาลไทย-รายงานข่าวกรณีโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)-ประจำวัน', 'วันพฤหัสบดีที่ 2 เมษายน 2563', 'ประจำวัน', 'ข้อความ', SOURCE])));
    expect(release.title).toBe('ประจำวัน');
  });

  it('lets the Thai date line win over a dd/mm/yyyy line', () => {
    const release = ok(parseThaigov(raw(['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', '01/01/2561', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ก', 'ข้อความ', SOURCE])));
    expect(release.date).toBe('2017-11-02');
  });

  it('falls back to a dd/mm/yyyy line', () => {
    expect(ok(parseThaigov(raw(['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', '02/11/2560', 'ก', 'ข้อความ', SOURCE]))).date).toBe('2017-11-02');
  });

  it('drops the repeated title and lead, print artefacts, separators and the source line; keeps the office', () => {
    const release = ok(parseThaigov(raw([
      'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ', '', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'หัวข้อ', 'พิมพ์',
      'ปลัดแรงงานย้ำงานของกระทรวง', 'ปลัดแรงงานย้ำงานของกระทรวง อยู่ในทุกลมหายใจของประชาชน', 'ย่อหน้าที่สอง',
      '------------------------------------', 'กองเผยแพร่และประชาสัมพันธ์', '', SOURCE,
    ])));
    expect(release.paragraphs).toEqual(['ปลัดแรงงานย้ำงานของกระทรวง อยู่ในทุกลมหายใจของประชาชน', 'ย่อหน้าที่สอง']);
    expect(release.office).toBe('กองเผยแพร่และประชาสัมพันธ์');
  });

  it('takes the source from the last thaigov ที่มา line, keeping earlier ที่มา lines in the body', () => {
    const release = ok(parseThaigov(raw([...base.slice(0, 5), 'ที่มา : สำนักข่าวกรมประชาสัมพันธ์', 'ที่มา : https://www.thaigov.go.th/news/contents/details/1', 'ที่มา : https://www.thaigov.go.th/news/contents/details/24246'])));
    expect(release.sourceId).toBe('24246');
    expect(release.paragraphs).toContain('ที่มา : สำนักข่าวกรมประชาสัมพันธ์');
  });

  it.each([
    ['no date', ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', 'ก', 'ข้อความ', SOURCE]],
    ['no source URL', ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ก', 'ข้อความ', 'ที่มา : https://www.example.com/1']],
    ['empty body', ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ก', 'พิมพ์', SOURCE]],
    ['not a press release', ['สวัสดีครับ พ่อแม่พี่น้องชาวไทย', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ข้อความ', SOURCE]],
  ])('skips with the reason "%s"', (reason, lines) => {
    const result = parseThaigov(raw(lines));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.detail).toBeTruthy();
    }
  });
});

describe('messy input', () => {
  it('handles a BOM, CRLF, zero-width and non-breaking spaces and HTML entities', () => {
    const text = '\uFEFFรัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าว\u200Bดี\u00A0&#39;มาก&#39; &amp; ด่วน\r\n\r\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\r\nข่าวดี \'มาก\' & ด่วน\r\nข้อความ\r\n' + SOURCE;
    const release = ok(parseThaigov(text));
    expect(release.title).toBe("ข่าวดี 'มาก' & ด่วน");
    expect(cleanText('a\u00A0b\u200Bc')).toBe('a bc');
  });

  it('drops control characters a release may not hold, typed or written as entities (stray U+009F in the corpus)', () => {
    expect(cleanText('ข่าว\u009Fดี\u0007 &#27;x\u0000\tจบ\n')).toBe('ข่าวดี x จบ\n');
    expect(cleanText('😀 \ud800!')).toBe('😀 !');
  });

  it('decodes Windows-874 / TIS-620 files', () => {
    const thai = 'รัฐบาลไทย';
    // TIS-620 maps U+0E01–U+0E5B to 0xA1–0xFB.
    const bytes = Uint8Array.from([...thai].map((c) => c.charCodeAt(0) - 0x0e01 + 0xa1));
    expect(decodeInput(bytes)).toEqual({ ok: true, text: thai, encoding: 'windows-874' });
  });

  it('refuses empty and binary files with a reason', () => {
    expect(decodeInput(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeInput(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, reason: 'binary file, not text' });
  });
});

describe('escaping so the page shows exactly the original words', () => {
  it.each([
    ['# ไม่ใช่หัวข้อ'],
    ['* ไม่ใช่รายการ'],
    ['- ไม่ใช่รายการ'],
    ['> ไม่ใช่คำพูด'],
    ['1. ข้อเดียวที่ไม่ใช่รายการ'],
    ['ราคา <100 บาท> และ a&b'],
    ['**ไม่หนา** _ไม่เอียง_ [ไม่ใช่ลิงก์](x) `ไม่ใช่โค้ด`'],
    ['&#39; ยังคงเป็นข้อความ'],
  ])('%s', (line) => {
    const html = renderMarkdown(markdownBody([line]));
    const text = html.replace(/<\/?p>/g, '').trim();
    expect(text).toBe(line.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/>/g, '>'));
  });

  it('keeps a numbered run as a list', () => {
    expect(renderMarkdown(markdownBody(['มาตรการ', '1. แรก', '2. สอง', '3. สาม']))).toContain('<ol>');
  });
});
