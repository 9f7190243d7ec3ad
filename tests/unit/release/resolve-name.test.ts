import { describe, expect, it } from 'vitest';
import { findExact, normaliseName, resolveName } from '@/release/resolve-name.ts';
import { categoryCandidates, ministryCandidates, provinceCandidates } from '@/release/registry-candidates.ts';

describe('a ministry as editors write it', () => {
  it.each([
    ['agriculture', 'agriculture'],
    ['กระทรวงเกษตรและสหกรณ์', 'agriculture'],
    ['เกษตร', 'agriculture'],
    ['กระทรวงเกษตร', 'agriculture'],
    ['เกษตรฯ', 'agriculture'],
    ['กษ.', 'agriculture'],
    ['ท่องเที่ยว', 'tourism-sports'],
    ['ทรัพยากร', 'natural-resources'],
    ['การคลัง', 'finance'],
    ['Ministry of Labour', 'labour'],
    ['Tourism', 'tourism-sports'],
    ['กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร', 'digital-economy'],
    ['กรมการจัดหางาน', 'labour'],
  ])('%s is %s', (written, slug) => {
    expect(resolveName(written, ministryCandidates)).toEqual({ kind: 'found', value: slug });
  });

  it('lists every ministry whose name holds a part, those that begin with it first', () => {
    expect(resolveName('ศึกษา', ministryCandidates)).toEqual({ kind: 'ambiguous', values: ['education', 'higher-education'] });
    expect(resolveName('สังคม', ministryCandidates)).toEqual({
      kind: 'ambiguous',
      values: ['social-development', 'digital-economy'],
    });
  });

  it('only suggests a near spelling, and places nothing it does not know', () => {
    expect(resolveName('labor', ministryCandidates)).toEqual({ kind: 'nearest', value: 'labour' });
    expect(resolveName('กระทรวงอวกาศ', ministryCandidates)).toEqual({ kind: 'unknown' });
    expect(resolveName('', ministryCandidates)).toEqual({ kind: 'unknown' });
  });
});

describe('a province as editors write it', () => {
  it.each([
    ['TH-41', 'TH-41'],
    ['อุดรธานี', 'TH-41'],
    ['อุดร', 'TH-41'],
    ['จ.อุดรธานี', 'TH-41'],
    ['จังหวัด อุดรธานี', 'TH-41'],
    ['Udon', 'TH-41'],
    ['โคราช', 'TH-30'],
    ['กทม', 'TH-10'],
  ])('%s is %s', (written, code) => {
    expect(resolveName(written, provinceCandidates)).toEqual({ kind: 'found', value: code });
  });

  it('needs three letters before a part counts', () => {
    expect(resolveName('ลำ', provinceCandidates).kind).toBe('unknown');
    expect(resolveName('เชียง', provinceCandidates)).toEqual({ kind: 'ambiguous', values: ['TH-50', 'TH-57'] });
  });
});

describe('the names of each registry', () => {
  it.each([
    ['ministries', ministryCandidates],
    ['provinces', provinceCandidates],
    ['categories', categoryCandidates],
  ] as const)('%s: no written name leads to two values', (_, candidates) => {
    const owner = new Map<string, string>();
    for (const candidate of candidates)
      for (const name of candidate.names) {
        const key = normaliseName(name);
        expect(owner.get(key) ?? candidate.value, `${name}`).toBe(candidate.value);
        owner.set(key, candidate.value);
      }
  });

  it('finds only whole names for the importer', () => {
    expect(findExact('สรุปข่าวการประชุม ครม', categoryCandidates)).toBe('cabinet');
    expect(findExact('เศรษฐกิจ', categoryCandidates)).toBeUndefined();
  });
});
