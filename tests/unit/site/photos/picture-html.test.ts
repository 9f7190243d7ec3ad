import { describe, expect, it } from 'vitest';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { pictureHtml, type Picture } from '@/site/photos/picture-html.ts';

const picture: Picture = {
  sources: [{ type: 'image/webp', srcset: '/_astro/photos/a_1.webp 480w, /_astro/photos/a_2.webp 800w' }],
  img: {
    src: '/_astro/photos/a_2.jpeg',
    srcset: '/_astro/photos/a_1.jpeg 480w, /_astro/photos/a_2.jpeg 800w',
    width: 800,
    height: 533,
  },
  sizes: '(min-width: 44rem) 42rem, calc(100vw - 2rem)',
};

describe('a photo as <picture>', () => {
  it('offers WebP first, then a JPEG with its size, so nothing moves when it arrives', () => {
    const html = pictureHtml(picture, { alt: 'ภาพ' });
    expect(html).toMatch(
      /^<picture><source type="image\/webp" srcset="[^"]+800w" sizes="\(min-width: 44rem\) 42rem, calc\(100vw - 2rem\)"><img /,
    );
    expect(html).toContain('src="/_astro/photos/a_2.jpeg"');
    expect(html).toContain('width="800" height="533"');
    expect(html).toContain('srcset="/_astro/photos/a_1.jpeg 480w, /_astro/photos/a_2.jpeg 800w"');
  });

  it('is lazy below the fold, eager and first for the lead photo, and decoded off the main thread', () => {
    expect(pictureHtml(picture, { alt: '' })).toMatch(/loading="lazy" decoding="async"/);
    const lead = pictureHtml(picture, { alt: '', priority: true });
    expect(lead).toMatch(/loading="eager" fetchpriority="high" decoding="async"/);
  });

  it('keeps alt text as text: one attribute, no element', () => {
    const alt = '"><script>alert(1)</script> & ไทย';
    const fragment = parseFragment(pictureHtml(picture, { alt }));
    const [element] = fragment.childNodes as DefaultTreeAdapterMap['element'][];
    expect(element?.tagName).toBe('picture');
    const img = element!.childNodes.at(-1) as DefaultTreeAdapterMap['element'];
    expect(img.tagName).toBe('img');
    expect(img.attrs.find((a) => a.name === 'alt')?.value).toBe(alt);
    expect(fragment.childNodes).toHaveLength(1);
  });

  it('is the image alone when there is one format only (a decorative thumbnail)', () => {
    const thumb = pictureHtml(
      { sources: [], img: { src: '/t_1.webp', srcset: '/t_2.webp 2x', width: 96, height: 64 }, sizes: '' },
      { alt: '' },
    );
    expect(thumb).toBe(
      '<img src="/t_1.webp" srcset="/t_2.webp 2x" width="96" height="64" alt="" loading="lazy" decoding="async">',
    );
  });
});
