import { describe, expect, it } from 'vitest';
import { textAsHtml, textForTextField } from '@/site/feeds/text.ts';
import { rfc3339InBangkok, rfc822InBangkok } from '@/site/feeds/dates.ts';

describe('feed text', () => {
  it('encodes every markup character of a description, which readers treat as HTML', () => {
    expect(textAsHtml('<img src=x onerror=alert(1)> "A" & B')).toBe('&lt;img src=x onerror=alert(1)&gt; &quot;A&quot; &amp; B');
  });

  it('encodes < and > in titles and categories but leaves & for plain-text readers', () => {
    expect(textForTextField('<script>alert(1)</script> A & B')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; A & B');
  });

  it('drops characters XML cannot carry and C1 controls', () => {
    expect(textAsHtml('ก\u0000ข\u0085ค\u009Fง')).toBe('กขคง');
    expect(textForTextField('ก\u0007ข\u0080')).toBe('กข');
  });
});

describe('feed dates in Bangkok time', () => {
  it.each([
    // Midnight of 8 September in Bangkok is 7 September in GMT: readers abroad showed the wrong day.
    ['2017-09-07T17:00:00Z', 'Fri, 08 Sep 2017 00:00:00 +0700', '2017-09-08T00:00:00+07:00'],
    ['2024-12-31T16:59:59Z', 'Tue, 31 Dec 2024 23:59:59 +0700', '2024-12-31T23:59:59+07:00'],
    ['2024-12-31T17:00:00Z', 'Wed, 01 Jan 2025 00:00:00 +0700', '2025-01-01T00:00:00+07:00'],
    ['2024-02-29T05:30:00Z', 'Thu, 29 Feb 2024 12:30:00 +0700', '2024-02-29T12:30:00+07:00'],
  ])('%s is %s', (instant, rfc822, rfc3339) => {
    const date = new Date(instant);
    expect(rfc822InBangkok(date)).toBe(rfc822);
    expect(rfc3339InBangkok(date)).toBe(rfc3339);
    // The same instant, read back.
    expect(new Date(rfc822).getTime()).toBe(date.getTime());
    expect(new Date(rfc3339).getTime()).toBe(date.getTime());
  });
});
