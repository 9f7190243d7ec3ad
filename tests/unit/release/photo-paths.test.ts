import { describe, expect, it } from 'vitest';
import { photoFolder, photoSrc, readPhotoSrc } from '@/release/photo-paths.ts';

const RELEASE = 'content/releases/2026/12/2026-12-01-moph-dengue.md';

describe("a release's photo folder", () => {
  it('is named after its file, next to it, and written from it as ./<slug>/<name>', () => {
    expect(photoFolder(RELEASE)).toBe('content/releases/2026/12/2026-12-01-moph-dengue');
    expect(photoSrc(RELEASE, 'lead.jpg')).toBe('./2026-12-01-moph-dengue/lead.jpg');
  });
});

describe.each([
  ['./2026-12-01-moph-dengue/lead.jpg', { ok: true, name: 'lead.jpg' }],
  ['./2026-12-01-moph-dengue/more/2.jpg', { ok: true, name: 'more/2.jpg' }],
  ['https://www.moph.go.th/lead.jpg', { ok: false, fault: 'remote' }],
  ['//cdn.example/lead.jpg', { ok: false, fault: 'remote' }],
  ['data:image/png;base64,iVBORw0KGgo=', { ok: false, fault: 'remote' }],
  ['file:///etc/passwd', { ok: false, fault: 'remote' }],
  ['C:\\Users\\me\\lead.jpg', { ok: false, fault: 'absolute' }],
  ['/images/lead.jpg', { ok: false, fault: 'absolute' }],
  ['\\images\\lead.jpg', { ok: false, fault: 'absolute' }],
  ['../2026-12-02-moph-flu/lead.jpg', { ok: false, fault: 'outside' }],
  ['./2026-12-02-moph-flu/lead.jpg', { ok: false, fault: 'outside' }],
  ['./2026-12-01-moph-dengue/../../11/x/lead.jpg', { ok: false, fault: 'outside' }],
  ['./2026-12-01-moph-dengue/./lead.jpg', { ok: false, fault: 'outside' }],
  ['./lead.jpg', { ok: false, fault: 'outside' }],
  ['./2026-12-01-moph-dengue/', { ok: false, fault: 'outside' }],
  [
    '2026-12-01-moph-dengue/lead.jpg',
    { ok: false, fault: 'spelling', name: 'lead.jpg', correct: './2026-12-01-moph-dengue/lead.jpg' },
  ],
  [
    '.\\2026-12-01-moph-dengue\\lead.jpg',
    { ok: false, fault: 'spelling', name: 'lead.jpg', correct: './2026-12-01-moph-dengue/lead.jpg' },
  ],
])('the photo path %s', (src, expected) => {
  it('is read as the file it names in the folder, or the reason it names none there', () => {
    expect(readPhotoSrc(RELEASE, src)).toEqual(expected);
  });
});
