import { describe, expect, it } from 'vitest';
import { bodyImages } from '@/site/photos/body-photos.ts';

describe('the images a body shows', () => {
  it('finds inline and reference images with their lines, and nothing in text or code', () => {
    const body = [
      'ย่อหน้าแรก',
      '',
      '![แผนที่](./x/map.png "แผนที่")',
      '',
      'ข้อความ ![อีกภาพ][ภาพ] และ `![โค้ด](./x/code.png)`',
      '',
      '    ![ในโค้ด](./x/indented.png)',
      '',
      '[ภาพ]: ./x/ref.jpg',
    ].join('\n');
    expect(bodyImages(body)).toEqual([
      { src: './x/map.png', line: 3 },
      { src: './x/ref.jpg', line: 5 },
    ]);
  });

  it('finds none in a body without images', () => {
    expect(bodyImages('ข่าว [ลิงก์](https://example.org) ไม่มีภาพ')).toEqual([]);
  });
});
