import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownPage } from '@/site/markdown/markdown.ts';

describe('renderMarkdown keeps what editors write', () => {
  it('shifts headings below the page title and gives them ids', () => {
    const html = renderMarkdown('# มาตรการ\n\n## Details');
    expect(html).toContain('<h2 id="มาตรการ">มาตรการ</h2>');
    expect(html).toContain('<h3 id="details">Details</h3>');
  });

  it.each([
    ['## หัวข้อ\n\n### ย่อย', '<h2 id="หัวข้อ">หัวข้อ</h2>', '<h3 id="ย่อย">ย่อย</h3>'],
    ['### หัวข้อ\n\n#### ย่อย', '<h2 id="หัวข้อ">หัวข้อ</h2>', '<h3 id="ย่อย">ย่อย</h3>'],
  ])('starts the body at h2 whatever level its highest heading has: %j', (markdown, first, second) => {
    const html = renderMarkdown(markdown);
    expect(html).toContain(first);
    expect(html).toContain(second);
  });

  it('keeps the footnotes heading at h2 beside a body that starts at ###', () => {
    const html = renderMarkdown('### หัวข้อ\n\nข้อความ[^1]\n\n[^1]: เชิงอรรถ\n');
    expect(html).toContain('<h2 id="หัวข้อ">หัวข้อ</h2>');
    expect(html).toMatch(/<h2 [^>]*id="footnote-label"/);
  });

  it('keeps lists, tables, emphasis and links', () => {
    const html = renderMarkdown(
      '- หนึ่ง\n- สอง\n\n1. แรก\n\n| ก | ข |\n| - | - |\n| 1 | 2 |\n\n**หนา** [ลิงก์](https://www.thaigov.go.th/)',
    );
    expect(html).toMatch(/<ul>\s*<li>หนึ่ง<\/li>/);
    expect(html).toMatch(/<ol>\s*<li>แรก<\/li>/);
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<strong>หนา</strong>');
    expect(html).toContain('<a href="https://www.thaigov.go.th/" rel="external noopener">ลิงก์</a>');
  });

  it.each([
    ['[ลิงก์](HTTPS://www.thaigov.go.th/)', 'href="https://www.thaigov.go.th/"'],
    ['<Http://www.thaigov.go.th/>', 'href="http://www.thaigov.go.th/"'],
    ['[อีเมล](MAILTO:pr@thaigov.go.th)', 'href="mailto:pr@thaigov.go.th"'],
    ['![ภาพ](HTTPS://www.thaigov.go.th/a.jpg)', 'src="https://www.thaigov.go.th/a.jpg"'],
  ])('keeps a link whose scheme is written in capitals: %s', (markdown, attribute) => {
    expect(renderMarkdown(markdown)).toContain(attribute);
  });
});

describe('links within a release', () => {
  it('every in-page link and aria reference points at an id on the page (footnotes both ways)', () => {
    const html = renderMarkdown(
      'ข้อความ[^1] และ[^หมายเหตุ]\n\n## หัวข้อ\n\n[ไปที่หัวข้อ](#หัวข้อ)\n\n[^1]: เชิงอรรถแรก\n[^หมายเหตุ]: อีกข้อ\n',
    );
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)));
    const targets = [
      ...[...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)),
      ...[...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]!),
    ];
    expect(targets.length).toBeGreaterThanOrEqual(6);
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
    expect(html).toContain('>เชิงอรรถ</h2>');
  });
});

describe('renderMarkdown removes anything that could run', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>\n\nข้อความ', /<script|alert/],
    ['an inline script', 'ก่อน <script>alert(1)</script> หลัง', /<script/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe|evil/],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror|alert/],
    ['a javascript: link', '[คลิก](javascript:alert(1))', /javascript:/i],
    ['an obfuscated javascript: link', '[คลิก](JaVaScRiPt:alert(1))', /javascript:/i],
    ['a data: URL link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:text/],
    ['a javascript: image', '![x](javascript:alert(1))', /javascript:/i],
    ['a style element', '<style>body{display:none}</style>', /<style/],
  ])('strips %s', (_, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('keeps the words around stripped HTML', () => {
    expect(renderMarkdown('ก่อน <script>alert(1)</script> หลัง')).toContain('ก่อน');
    expect(renderMarkdown('ก่อน <script>alert(1)</script> หลัง')).toContain('หลัง');
  });
});

describe('renderMarkdown keeps names on one line on the page only', () => {
  const markdown = 'ที่กระทรวงการต่างประเทศ เวลา 13.00 น. `การต่างประเทศ`';

  it('wraps each name in a nowrap span on the page, with no word joiner', () => {
    const html = renderMarkdown(markdown, { page: true });
    expect(html).toContain('ที่กระทรวง<span class="nowrap">การต่างประเทศ</span> เวลา 13.00\u00a0น.');
    expect(html).not.toContain('\u2060');
  });

  it('leaves feed bodies as written: no spans, no joiners, no no-break spaces', () => {
    const html = renderMarkdown(markdown, { base: 'https://example.org/releases/a/' });
    expect(html).toBe('<p>ที่กระทรวงการต่างประเทศ เวลา 13.00 น. <code>การต่างประเทศ</code></p>');
  });
});

describe('numbered lists on the page make room for numbers of two and three digits', () => {
  const list = (start: number, count: number): string =>
    Array.from({ length: count }, (_, i) => `${start + i}. ข้อ ${start + i}`).join('\n');

  it.each([
    [list(1, 9), undefined],
    [list(1, 12), 'digits-2'],
    [list(12, 2), 'digits-2'],
    [list(98, 3), 'digits-3'],
    [list(1000, 1), 'digits-3'],
  ])('%j', (markdown, digits) => {
    const ol = /<ol[^>]*>/.exec(renderMarkdown(markdown, { page: true }))![0];
    if (digits) expect(ol).toContain(`class="${digits}"`);
    else expect(ol).not.toContain('class=');
  });

  it("keeps a task list's class beside its own; feeds, read without the site's styles, get none", () => {
    expect(renderMarkdown(`${list(9, 2)}\n`.replace('9. ', '9. [ ] '), { page: true })).toMatch(
      /<ol start="9" class="contains-task-list digits-2">/,
    );
    expect(renderMarkdown(list(1, 12))).toMatch(/<ol>/);
  });
});

describe('section headings for a table of contents', () => {
  it('lists h2 and h3 of the body with the ids the page gives them, as plain text', () => {
    const { html, headings } = renderMarkdownPage(
      '# กฎหมาย\n\nข้อความ\n\n## 1. ร่างพระราชบัญญัติ **ภาษี**\n\n### ย่อย\n\n#### ลึกเกินไป\n\n> # ในคำพูด',
    );
    expect(headings).toEqual([
      { id: 'กฎหมาย', text: 'กฎหมาย', level: 2 },
      { id: '1-ร่างพระราชบัญญัติ-ภาษี', text: '1. ร่างพระราชบัญญัติ ภาษี', level: 3 },
    ]);
    for (const { id } of headings) expect(html).toContain(`id="${id}"`);
  });
});

describe('photos in a body', () => {
  const picture = {
    sources: [{ type: 'image/webp', srcset: '/_astro/photos/m_1.webp 480w, /_astro/photos/m_2.webp 900w' }],
    img: {
      src: '/_astro/photos/m_2.jpeg',
      srcset: '/_astro/photos/m_1.jpeg 480w, /_astro/photos/m_2.jpeg 900w',
      width: 900,
      height: 600,
    },
    sizes: '42rem',
  };
  const markdown = 'ก่อน\n\n![แผนที่ "จุด"](./x/แผนที่.png)\n\n![ภาพอื่น](https://example.org/a.jpg)\n';
  const photos = { './x/แผนที่.png': picture };

  it('become the same <picture> as the lead photo on the page, lazy, with their size', () => {
    const { html } = renderMarkdownPage(markdown, { photos });
    expect(html).toContain(
      '<picture><source type="image/webp" srcset="/_astro/photos/m_1.webp 480w, /_astro/photos/m_2.webp 900w" sizes="42rem">',
    );
    expect(html).toMatch(
      /<img src="\/_astro\/photos\/m_2\.jpeg" srcset="[^"]+" sizes="42rem" width="900" height="600" alt="แผนที่ &#x22;จุด&#x22;" loading="lazy" decoding="async">/,
    );
    // An image that is no photo of the release is left as it is (npm run check refuses it).
    expect(html).toContain('<img src="https://example.org/a.jpg" alt="ภาพอื่น">');
  });

  it('become one JPEG with an absolute URL and its size in feeds', () => {
    const html = renderMarkdown(markdown, { base: 'https://s.example/releases/x/', photos });
    expect(html).toContain(
      '<img src="https://s.example/_astro/photos/m_2.jpeg" width="900" height="600" alt="แผนที่ &#x22;จุด&#x22;">',
    );
    expect(html).not.toContain('<picture>');
  });
});

describe('links to the source of another release in the archive', () => {
  const localLinks = {
    'thaigov.go.th/news/contents/details/74827': { path: '/releases/2023-11-16-74827/', title: 'นายกฯ ร่วมประชุมเอเปค' },
  };
  const markdown =
    'อ่านเพิ่มเติม คลิก >> https://www.thaigov.go.th/news/contents/details/74827\n\n' +
    '[ข่าวเดิม](http://thaigov.go.th/news/contents/details/74827/) และ https://www.thaigov.go.th/news/contents/details/1\n';

  it('go to its page here; a bare URL reads as its title, a link keeps its words', () => {
    // Without the page's nowrap spans, which stay around the title's names.
    const html = renderMarkdownPage(markdown, { localLinks }).html.replace(/<\/?span[^>]*>/g, '');
    expect(html).toContain('อ่านเพิ่มเติม คลิก >> <a href="/releases/2023-11-16-74827/">นายกฯ ร่วมประชุมเอเปค</a>');
    expect(html).toContain('<a href="/releases/2023-11-16-74827/">ข่าวเดิม</a>');
    // A source the archive does not hold stays a link to the other site.
    expect(html).toContain(
      '<a href="https://www.thaigov.go.th/news/contents/details/1" rel="external noopener">https://www.thaigov.go.th/news/contents/details/1</a>',
    );
  });

  it('read as its title when written as a bare URL however spelt, or in a link whose words are that URL', () => {
    const spelt =
      'ดู www.thaigov.go.th/news/contents/details/74827 และ [https://thaigov.go.th/news/contents/details/74827/](https://www.thaigov.go.th/news/contents/details/74827)\n';
    const html = renderMarkdown(spelt, { localLinks });
    expect(html).toBe(
      '<p>ดู <a href="/releases/2023-11-16-74827/">นายกฯ ร่วมประชุมเอเปค</a> และ <a href="/releases/2023-11-16-74827/">นายกฯ ร่วมประชุมเอเปค</a></p>',
    );
  });

  it('go to its page by an absolute URL in feeds', () => {
    const html = renderMarkdown(markdown, { base: 'https://s.example/releases/x/', localLinks });
    expect(html).toContain('<a href="https://s.example/releases/2023-11-16-74827/">นายกฯ ร่วมประชุมเอเปค</a>');
    expect(html).not.toContain('rel="external noopener">นายกฯ');
  });

  it('stay links to the other site when the page is given no other release, as in the editor’s preview', () => {
    const { html } = renderMarkdownPage(markdown);
    expect(html).toContain('href="https://www.thaigov.go.th/news/contents/details/74827" rel="external noopener"');
  });
});
