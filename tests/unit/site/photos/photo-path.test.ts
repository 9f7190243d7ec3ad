import { describe, expect, it } from 'vitest';
import { resolvePhotoPath } from '@/site/photos/photo-path.ts';

const RELEASE = 'content/releases/2026/12/2026-12-01-moph-dengue.md';

describe('a photo beside its release', () => {
  it.each([
    ['./2026-12-01-moph-dengue/lead.jpg', 'content/releases/2026/12/2026-12-01-moph-dengue/lead.jpg'],
    ['2026-12-01-moph-dengue/lead.jpg', 'content/releases/2026/12/2026-12-01-moph-dengue/lead.jpg'],
    ['./2026-12-01-moph-dengue/ภาพ/ยุงลาย.webp', 'content/releases/2026/12/2026-12-01-moph-dengue/ภาพ/ยุงลาย.webp'],
  ])('%s is read from %s', (src, path) => {
    expect(resolvePhotoPath(RELEASE, src)).toEqual({ ok: true, path, folder: 'content/releases/2026/12/2026-12-01-moph-dengue' });
  });

  it.each([
    ['another release folder', './2026-12-02-other/lead.jpg'],
    ['a folder that only starts like its own', './2026-12-01-moph-dengue-2/lead.jpg'],
    ['the release folder itself', './2026-12-01-moph-dengue/'],
    ['a climb out of the folder', './2026-12-01-moph-dengue/../../../../../etc/passwd'],
    ['a climb that comes back', './2026-12-01-moph-dengue/../2026-12-01-moph-dengue/lead.jpg'],
    ['an absolute path', '/etc/passwd'],
    ['a file beside the release', './lead.jpg'],
    ['a web address', 'https://example.org/lead.jpg'],
    ['a network path', '//example.org/lead.jpg'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a data: URL', 'data:image/png;base64,AAAA'],
    ['a Windows path', '.\\2026-12-01-moph-dengue\\lead.jpg'],
    ['a query', './2026-12-01-moph-dengue/lead.jpg?v=2'],
  ])('refuses %s', (_, src) => {
    expect(resolvePhotoPath(RELEASE, src).ok).toBe(false);
  });
});
