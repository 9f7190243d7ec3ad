import { describe, expect, it } from 'vitest';
import { writeFrontMatter } from '@/release/write-front-matter.ts';
import { splitRelease } from '@/release/front-matter.ts';

describe('the front matter the tools write', () => {
  it("puts fields in the schema's order, leaves out undefined ones and keeps province lists on one line", () => {
    const written = writeFrontMatter({
      draft: true,
      imported: 'sha256:0123456789abcdef',
      lang: undefined,
      provinces: ['TH-50', 'TH-10'],
      ministry: 'labour',
      date: '2020-01-02',
      title: 'ข่าว: "ทดสอบ"',
      source: 'https://www.thaigov.go.th/news/contents/details/1',
    });
    expect(written).toBe(
      [
        '---',
        'title: \'ข่าว: "ทดสอบ"\'',
        'date: 2020-01-02',
        'ministry: labour',
        'provinces: [TH-50, TH-10]',
        'source: https://www.thaigov.go.th/news/contents/details/1',
        'imported: sha256:0123456789abcdef',
        'draft: true',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('never folds a long title, and reads back as written', () => {
    const title = 'ก'.repeat(250);
    const written = writeFrontMatter({ title, date: '2020-01-02', ministry: 'labour', provinces: [] });
    expect(written.split('\n')[1]).toBe(`title: ${title}`);
    expect(splitRelease(`${written}เนื้อข่าว\n`).data).toEqual({ title, date: '2020-01-02', ministry: 'labour', provinces: [] });
  });

  it('writes a note for the editor after a field, which reads back as a comment', () => {
    const fields = { title: 'ข่าว', date: '2020-01-02', ministry: 'pmo', provinces: [] };
    const written = writeFrontMatter(fields, { ministry: 'ควรตรวจ: อาจเป็น labour' });
    expect(written.split('\n')[3]).toBe('ministry: pmo # ควรตรวจ: อาจเป็น labour');
    expect(splitRelease(`${written}เนื้อข่าว\n`).data).toEqual(fields);
  });
});
