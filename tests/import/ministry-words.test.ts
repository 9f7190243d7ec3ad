import { describe, expect, it } from 'vitest';
import { ministryCallOfRelease } from '../../scripts/import/detect-ministry.ts';
import { readFileSync } from 'node:fs';
import { ministryOfRelease, weighWords, WORDS_DECIDE } from '../../scripts/import/ministry-words.ts';
import { MODEL_FILE, ministryOdds, releaseFeatures } from '../../scripts/import/ministry-features.ts';
import { learnWordsModel, LEARNING_RULES } from '../../scripts/import/ministry-words-learning.ts';
import { ministries } from '@/release/registries.ts';
import type { WordsModel } from '../../scripts/import/ministry-features.ts';

/** A model that reads two words: ภาษี for finance, ทหาร for defence. */
const twoWords: WordsModel = {
  idf: { ภาษี: 1, ทหาร: 1, รัฐบาล: 1 },
  weights: { ภาษี: { finance: 6 }, ทหาร: { defence: 1 } },
  bias: { pmo: 0, finance: 0, defence: 0 },
};
const release = (title: string, body = ''): { title: string; paragraphs: string[] } => ({ title, paragraphs: [body] });

describe('the words weigh the calls the rules leave open', () => {
  it('give a release nobody acts in to the ministry its words belong to, sure enough, and note it for an editor', () => {
    expect(weighWords({ slug: 'pmo', basis: 'nobody' }, release('ภาษี'), undefined, twoWords)).toEqual({
      slug: 'finance',
      basis: 'words',
      runnerUp: 'pmo',
    });
    // ทหาร alone leaves defence under the bar: pmo stays the default.
    const odds = ministryOdds(releaseFeatures(release('ทหาร')), twoWords);
    expect(odds.get('defence')).toBeLessThan(WORDS_DECIDE.nobody);
    expect(weighWords({ slug: 'pmo', basis: 'nobody' }, release('ทหาร'), undefined, twoWords).slug).toBe('pmo');
  });

  it('swap a close call only when the runner-up is four times as likely as the call', () => {
    const close = { slug: 'pmo', basis: 'close', runnerUp: 'finance' } as const;
    expect(weighWords(close, release('ภาษี'), undefined, twoWords)).toEqual({
      slug: 'finance',
      basis: 'close-words',
      runnerUp: 'pmo',
    });
    expect(weighWords(close, release('ทหาร'), undefined, twoWords)).toBe(close);
    expect(weighWords({ slug: 'pmo', basis: 'close' }, release('ภาษี'), undefined, twoWords).slug).toBe('pmo');
  });

  it('keep a close call whose other party the model never learnt, a ministry added since', () => {
    const close = { slug: 'labour', basis: 'close', runnerUp: 'finance' } as const;
    expect(weighWords(close, release('ภาษี'), undefined, twoWords)).toBe(close);
  });

  it('read words an object inherits (constructor, toString, __proto__) as words like any other', () => {
    const english = release('A constructor will build the new office', 'toString __proto__ hasOwnProperty valueOf');
    const odds = ministryOdds(releaseFeatures(english), twoWords);
    expect([...odds.values()].every(Number.isFinite)).toBe(true);
    expect(weighWords({ slug: 'pmo', basis: 'nobody' }, english, undefined, twoWords).slug).toBe('pmo');
    const learnt = learnWordsModel(
      Array.from({ length: 20 }, (_, i) => ({
        features: new Map([
          ['constructor', 1],
          ['__proto__', 1],
        ]),
        slug: i % 2 ? 'pmo' : 'finance',
      })),
      { ...LEARNING_RULES, minReleases: 5, minWeight: 0 },
    );
    expect(Object.keys(learnt.idf).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.values(learnt.bias).every(Number.isFinite)).toBe(true);
    expect(({} as Record<string, unknown>)['constructor']).toBe(Object);
  });

  it('never overturn a ministry the rules found named, the Prime Minister acting or a digest', () => {
    for (const basis of ['named', 'pm', 'digest', 'subject', 'category'] as const)
      expect(weighWords({ slug: 'pmo', basis }, release('ภาษี ภาษี'), undefined, twoWords).slug).toBe('pmo');
  });

  it('read the title twice, once as the title, and thaigov’s category and office as features of their own', () => {
    const features = releaseFeatures({ title: 'ภาษี', paragraphs: ['ภาษี'], office: 'กรมสรรพากร' }, 'economy');
    expect(Object.fromEntries(features)).toEqual({ 'title:ภาษี': 1, ภาษี: 2, 'category:economy': 3, 'office:กรมสรรพากร': 1 });
  });

  it('with the model the corpora taught: a conscription notice nobody signs is defence’s, a radio thank-you stays the government’s', () => {
    const notice = {
      title: 'ชายไทยอายุ 21 ปี อย่าลืมไปรับการตรวจเลือกทหารกองเกิน',
      paragraphs: [
        'ชายไทยที่อายุครบ 21 ปี ให้ไปแสดงตนเพื่อรับการตรวจเลือกเข้ารับราชการทหารกองประจำการ ตามวันที่กำหนดในหมายเรียก ผู้ที่สมัครใจเป็นทหารสามารถยื่นความจำนงได้ที่สัสดีอำเภอ',
        'ทหารกองประจำการที่ปลดประจำการแล้วมีสิทธิสอบเข้าเป็นนักเรียนนายสิบ และได้รับการพิจารณาบรรจุเป็นข้าราชการทหาร กำลังพลทุกนายได้รับเงินเดือนและสวัสดิการ',
      ],
    };
    const rules = ministryCallOfRelease(notice, 'security');
    expect(rules.basis).toBe('nobody');
    expect(weighWords(rules, notice, 'security')).toEqual({ slug: 'defence', basis: 'words', runnerUp: 'pmo' });
    const thanks = release(
      'รัฐบาลขอบคุณประชาชนที่ร่วมมือ',
      'รัฐบาลขอบคุณประชาชนทุกภาคส่วนที่ให้ความร่วมมือ และขอให้ติดตามข่าวสารจากช่องทางของรัฐบาลอย่างใกล้ชิด',
    );
    expect(ministryOfRelease(thanks, 'thai-khu-fah')).toEqual({ slug: 'pmo', basis: 'nobody' });
  });

  it('know every ministry of the registry, and none it lacks', () => {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as WordsModel;
    expect(Object.keys(model.bias).sort()).toEqual(ministries.map(({ slug }) => slug).sort());
  });
});

describe('learning the words model', () => {
  const examples = [
    ...Array.from({ length: 30 }, (_, i) => ({
      features: new Map([
        ['ภาษี', 1],
        [`เรื่อง${i}`, 1],
      ]),
      slug: 'finance',
    })),
    ...Array.from({ length: 30 }, (_, i) => ({
      features: new Map([
        ['ทหาร', 1],
        [`เรื่อง${i}`, 1],
      ]),
      slug: 'defence',
    })),
  ];
  const rules = { ...LEARNING_RULES, minReleases: 5, minWeight: 0.5 };

  it('learns which words are whose, ignoring words too rare to learn from, the same every time', () => {
    const model = learnWordsModel(examples, rules);
    expect(Object.keys(model.idf).sort()).toEqual(['ทหาร', 'ภาษี']);
    expect(model.weights['ภาษี']!['finance']).toBeGreaterThan(0.5);
    expect(model.weights['ทหาร']!['defence']).toBeGreaterThan(0.5);
    expect(ministryOdds(new Map([['ภาษี', 1]]), model).get('finance')).toBeGreaterThan(0.9);
    expect(learnWordsModel(examples, rules)).toEqual(model);
  });

  it('drops the weights too small to move a call', () => {
    const model = learnWordsModel(examples, { ...rules, minWeight: 100 });
    expect(model.weights).toEqual({});
  });
});
