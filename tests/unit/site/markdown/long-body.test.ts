import { describe, expect, it } from 'vitest';
import { isLongBody, LONG_BODY } from '@/site/markdown/long-body.ts';

describe('a long release body', () => {
  it('starts at LONG_BODY characters: a cabinet summary is long, a usual release is not', () => {
    const paragraph = 'กระทรวงแรงงานประกาศอัตราค่าจ้างขั้นต่ำใหม่\n\n';
    expect(isLongBody(paragraph.repeat(40))).toBe(false);
    expect(isLongBody('ก'.repeat(LONG_BODY - 1))).toBe(false);
    expect(isLongBody('ก'.repeat(LONG_BODY))).toBe(true);
  });
});
