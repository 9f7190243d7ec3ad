import { describe, expect, it } from 'vitest';
import { mayReferencePhotos, photoReferences, writtenWith } from '@/release/photo-references.ts';
import { splitRelease } from '@/release/front-matter.ts';

const TEXT = `---
title: ข่าว
image:
  src: ./x/lead.jpg
  alt: ภาพหลัก
gallery:
  - { src: ./x/1.jpg, alt: ภาพหนึ่ง, caption: คำอธิบาย }
  - src: ./x/2.jpg
    alt: ภาพสอง
---
ย่อหน้าแรก

![ภาพในเนื้อข่าว](./x/3.jpg "title") และ [![ภาพที่เป็นลิงก์](./x/4.jpg)](https://example.go.th/)

ภาพอ้างอิง ![ภาพอ้างอิง][five] และ ![ไม่มีที่มา][nowhere]

\`\`\`
![ในโค้ด](./x/code.jpg)
\`\`\`

[five]: ./x/5.jpg
`;

describe('the photos a release names', () => {
  const split = splitRelease(TEXT);
  const references = photoReferences(
    {
      image: { src: './x/lead.jpg', alt: 'ภาพหลัก' },
      gallery: [
        { src: './x/1.jpg', alt: 'ภาพหนึ่ง', caption: 'คำอธิบาย' },
        { src: './x/2.jpg', alt: 'ภาพสอง' },
      ],
    },
    split.positions,
    split.body,
    split.bodyLine,
  );

  it('are the lead photo, the gallery and the body, each where its path and alt text are written', () => {
    expect(
      references.map((r) => [r.field, r.src, r.alt, `${r.srcAt.line}:${r.srcAt.column}`, `${r.altAt.line}:${r.altAt.column}`]),
    ).toEqual([
      ['image', './x/lead.jpg', 'ภาพหลัก', '4:3', '5:3'],
      ['gallery.0', './x/1.jpg', 'ภาพหนึ่ง', '7:7', '7:23'],
      ['gallery.1', './x/2.jpg', 'ภาพสอง', '8:5', '9:5'],
      [undefined, './x/3.jpg', 'ภาพในเนื้อข่าว', '13:1', '13:1'],
      [undefined, './x/4.jpg', 'ภาพที่เป็นลิงก์', '13:43', '13:43'],
      [undefined, './x/5.jpg', 'ภาพอ้างอิง', '15:12', '15:12'],
    ]);
  });

  it('are written back as the editor writes them: a field, or Markdown in the body', () => {
    expect(writtenWith(references[0]!, './x/a.jpg')).toBe('src: ./x/a.jpg');
    expect(writtenWith(references[3]!, './x/a.jpg')).toBe('![ภาพในเนื้อข่าว](./x/a.jpg)');
  });
});

describe('whether a text may name a photo', () => {
  it('is false only when it surely names none', () => {
    expect(mayReferencePhotos(TEXT)).toBe(true);
    expect(mayReferencePhotos('---\ntitle: ข่าว\n---\nมีภาพ ![ก](./x/a.jpg)\n')).toBe(true);
    expect(mayReferencePhotos('---\ntitle: ข่าว\ngallery: []\n---\nข่าว\n')).toBe(true);
    expect(mayReferencePhotos('---\ntitle: ข่าว image: ไม่ใช่\n---\nข่าว [ลิงก์](https://a.go.th/)!\n')).toBe(false);
  });
});
