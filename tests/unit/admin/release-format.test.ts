import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { MINISTRY_NOTE, readRelease, writeRelease } from '@/admin/release-format.ts';
import { validateRelease } from '@/release/validate.ts';
import { releaseFields as schemaFields } from '@/release/schema.ts';

const RELEASES = path.join(process.cwd(), 'content/releases');
const files = readdirSync(RELEASES, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.md'));

describe('the browser editor’s release format', () => {
  it.each(files)('reads and writes %s back: byte for byte when its fields were in the schema’s order', async (file) => {
    const text = await readFile(path.join(RELEASES, file), 'utf8');
    const data = readRelease(text);
    const written = writeRelease(data);
    expect(readRelease(written)).toEqual(data);
    const names = Object.keys(data).filter((name) => name !== 'body');
    const inOrder = names.every(
      (name, i) => i === 0 || schemaFields.indexOf(names[i - 1] as never) < schemaFields.indexOf(name as never),
    );
    if (inOrder) expect(written).toBe(text);
    // A file written by hand in another order is put in the schema's on its first edit.
    else expect(written).not.toBe(text);
  });

  describe('the importer’s close-call note beside the ministry', () => {
    const NOTE = 'ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว';
    const imported = (ministry = 'pmo', note = NOTE): string =>
      `---\ntitle: ข่าว\ndate: 2024-03-01\nministry: ${ministry} # ${note}\n---\nเนื้อข่าว\n`;

    it('is read as its own field, apart from the ministry, and kept when something else is edited', () => {
      const data = readRelease(imported());
      expect(data).toMatchObject({ ministry: 'pmo', [MINISTRY_NOTE]: NOTE });
      expect(writeRelease({ ...data, body: 'เนื้อข่าวที่แก้คำผิดแล้ว\n' })).toBe(imported().replace('เนื้อข่าว', 'เนื้อข่าวที่แก้คำผิดแล้ว'));
    });

    it('goes when the editor clears it: the ministry was checked and found right', () => {
      const data = readRelease(imported());
      expect(writeRelease({ ...data, [MINISTRY_NOTE]: '' })).toBe(
        '---\ntitle: ข่าว\ndate: 2024-03-01\nministry: pmo\n---\nเนื้อข่าว\n',
      );
    });

    it('goes when the editor chooses the ministry it offered, and stays beside any other choice', () => {
      const data = readRelease(imported());
      expect(writeRelease({ ...data, ministry: 'labour' })).toContain('\nministry: labour\n');
      expect(writeRelease({ ...data, ministry: 'culture' })).toContain(`\nministry: culture # ${NOTE}\n`);
    });

    it('is written on one line whatever is typed into it', () => {
      const data = readRelease(imported());
      expect(writeRelease({ ...data, [MINISTRY_NOTE]: ' ถามสำนักงาน\nประชาสัมพันธ์ ' })).toContain(
        '\nministry: pmo # ถามสำนักงาน ประชาสัมพันธ์\n---',
      );
    });
  });

  it('keeps typed Markdown as typed: no escaped list marks, tables kept', () => {
    const body = '- ตลาดนัด\n- ลำไย\n\n| จังหวัด | ผลไม้ |\n| --- | --- |\n| เชียงใหม่ | ลำไย |\n';
    const text = writeRelease({ title: 'ตลาดนัด', date: '2025-11-03', ministry: 'agriculture', body });
    expect(text.endsWith(`---\n${body}`)).toBe(true);
    expect(text).not.toContain('\\-');
  });

  it('writes the schema’s fields in its order and leaves out what Decap sends for an empty field', () => {
    const text = writeRelease({
      draft: true,
      body: 'เนื้อข่าว',
      summary: '',
      ministry: 'agriculture',
      title: 'หัวข้อ',
      date: '2025-11-03T06:30',
      provinces: ['TH-50', 'TH-40'],
      nationwide: false,
      category: null,
      image: [],
      gallery: [{ src: './2025-11-03-agriculture/a.jpg', alt: 'สวนลำไย', caption: '' }],
      updates: [],
      lang: 'th',
      file_year: '2025',
    });
    expect(text).toBe(
      [
        '---',
        'title: หัวข้อ',
        'date: 2025-11-03T06:30',
        'ministry: agriculture',
        'provinces: [TH-50, TH-40]',
        'gallery:',
        '  - src: ./2025-11-03-agriculture/a.jpg',
        '    alt: สวนลำไย',
        'draft: true',
        '---',
        'เนื้อข่าว\n',
      ].join('\n'),
    );
  });

  it('shows the lead photo as a list of one and writes it back as one photo', () => {
    const image = { src: './2025-11-03-agriculture/lead.jpg', alt: 'ตลาดนัดผลไม้' };
    const text = `---\ntitle: a\ndate: 2025-11-03\nministry: agriculture\nimage:\n  src: ${image.src}\n  alt: ${image.alt}\n---\nข่าว\n`;
    const data = readRelease(text);
    expect(data['image']).toEqual([image]);
    expect(writeRelease(data)).toBe(text);
  });

  it('writes what the build accepts', () => {
    const text = writeRelease({
      title: 'เกษตรฯ เปิดตลาดนัด: ผลไม้ "ภาคเหนือ"',
      date: '2025-11-03T06:30',
      ministry: 'agriculture',
      provinces: ['TH-50'],
      source: 'https://www.moac.go.th/news/1',
      updates: [{ date: '2025-11-04T09:00', note: 'แก้ไขวันเปิดตลาด' }],
      body: 'ข่าว',
    });
    const result = validateRelease('content/releases/2025/11/2025-11-03-agriculture.md', text, { now: new Date('2026-01-01') });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
