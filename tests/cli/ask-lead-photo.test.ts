import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import sharp from 'sharp';
import { askLeadPhoto } from '../../scripts/new/ask-lead-photo.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'thalaeng-ask-photo-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Answers each question when it is asked, as a person at the terminal would, and keeps what was shown. */
function terminal(answers: string[]): { input: PassThrough; output: PassThrough; shown: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
    if (chunk.toString().endsWith(': ')) input.write(`${answers.shift()}\n`);
  });
  return { input, output, shown: () => shown };
}

describe('npm run new on a terminal, the lead photo', () => {
  it('is asked after the fields, each answer checked as it is given and asked again with the reason', async () => {
    const file = path.join(work, 'my photo.jpg');
    await writeFile(
      file,
      await sharp({ create: { width: 80, height: 60, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer(),
    );
    await writeFile(path.join(work, 'notes.jpg'), 'ไม่ใช่ภาพ');
    const { input, output, shown } = terminal([
      path.join(work, 'notes.jpg'),
      // Dragged onto the terminal: the space escaped.
      file.replaceAll(' ', '\\ '),
      'IMG_0042',
      'Opening ceremony',
      'ปลัดกระทรวงแรงงานเปิดศูนย์ฝึกอาชีพ',
      'ที่จังหวัดเชียงใหม่',
    ]);
    const photo = await askLeadPhoto({ input, output });
    expect(shown()).toContain('cannot be read as an image');
    expect(shown()).toContain('the alt text "IMG_0042" of the photo is a file name');
    expect(shown()).toContain('the alt text "Opening ceremony" of the photo has no Thai');
    expect(photo).toEqual({
      source: file,
      image: { name: 'lead.jpg', alt: 'ปลัดกระทรวงแรงงานเปิดศูนย์ฝึกอาชีพ', caption: 'ที่จังหวัดเชียงใหม่' },
    });
  });

  it('may be left out with an empty answer', async () => {
    const { input, output } = terminal(['']);
    expect(await askLeadPhoto({ input, output })).toBeUndefined();
  });
});
