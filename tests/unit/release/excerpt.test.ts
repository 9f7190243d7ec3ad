import { describe, expect, it } from 'vitest';
import { makeExcerpt } from '@/release/excerpt.ts';

describe('makeExcerpt', () => {
  it('turns Markdown into plain text', () => {
    expect(makeExcerpt('## หัวข้อ\n\n**กระทรวง**แรงงาน [ประกาศ](https://x.example) \\*ด่วน\\*', 200)).toBe(
      'กระทรวงแรงงาน ประกาศ *ด่วน*',
    );
  });

  it('cuts Thai text at a word boundary, not inside a word', () => {
    const text = 'กระทรวงแรงงานประกาศอัตราค่าจ้างขั้นต่ำใหม่';
    const excerpt = makeExcerpt(text, 20);
    expect(excerpt.endsWith('…')).toBe(true);
    const kept = excerpt.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(['กระทรวงแรงงานประกาศ', 'กระทรวงแรงงาน']).toContain(kept);
  });

  it.each([
    ['an escaped ampersand', 'Travel \\& Fair', 'Travel & Fair'],
    ['any escaped ASCII punctuation', '\\$5 \\"ด่วน\\" \\@กระทรวง \\= \\%', '$5 "ด่วน" @กระทรวง = %'],
    ['character references', 'A &amp; B &#3585; &lt;ด่วน&gt;', 'A & B ก <ด่วน>'],
    ['an escaped reference stays literal', '\\&amp;', '&amp;'],
  ])('shows %s as the reader should see it', (_, markdown, text) => {
    expect(makeExcerpt(markdown, 200)).toBe(text);
  });

  it('leaves a short body whole', () => {
    expect(makeExcerpt('สั้น ๆ', 200)).toBe('สั้น ๆ');
  });
});
