import { describe, expect, it } from 'vitest';
import { previewFacts } from '@/admin/preview-facts.ts';

describe('the browser editor’s preview', () => {
  it('shows names and a Buddhist-era date, never slugs or codes', () => {
    const facts = previewFacts({
      title: 'ตลาดนัดผลไม้',
      date: '2025-11-03T06:30',
      ministry: 'agriculture',
      category: 'economy',
      provinces: ['TH-50', 'TH-40'],
      nationwide: true,
      draft: true,
      updates: [
        { date: '2025-11-04T09:00', note: 'แก้ครั้งแรก' },
        { date: '2025-11-05T10:30', note: 'แก้ครั้งที่สอง' },
      ],
      body: '- ตลาดนัด\n\n<script>alert(1)</script>',
    });
    expect(facts).toMatchObject({
      title: 'ตลาดนัดผลไม้',
      draft: true,
      date: 'วันจันทร์ที่ 3 พฤศจิกายน พ.ศ. 2568',
      ministry: 'กระทรวงเกษตรและสหกรณ์',
      category: 'ด้านเศรษฐกิจ',
      provinces: ['ทั่วประเทศ', 'เชียงใหม่', 'ขอนแก่น'],
      lastUpdate: { date: '5 พฤศจิกายน 2568 เวลา 10:30 น.', note: 'แก้ครั้งที่สอง' },
    });
    expect(facts.bodyHtml).toContain('<li>ตลาดนัด</li>');
    expect(facts.bodyHtml).not.toContain('<script');
  });

  it('puts the importer’s close-call note in words, with the name of the ministry it may be instead', () => {
    const note = (text: string): string | undefined => previewFacts({ ministry: 'pmo', ministryNote: text }).ministryNote;
    expect(note('ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว / close call, or labour: delete this note once checked')).toBe(
      'ควรตรวจกระทรวง: ระบบนำเข้าไม่แน่ใจ อาจเป็นกระทรวงแรงงาน ตรวจแล้วลบหมายเหตุเรื่องกระทรวง',
    );
    expect(note('ควรตรวจ ลบหมายเหตุนี้เมื่อตรวจแล้ว')).toBe('ควรตรวจกระทรวง: ระบบนำเข้าไม่แน่ใจ ตรวจแล้วลบหมายเหตุเรื่องกระทรวง');
    expect(note('ถามสำนักงานประชาสัมพันธ์')).toBe('ถามสำนักงานประชาสัมพันธ์');
    expect(note('')).toBeUndefined();
    // The ministry it offered chosen: saving drops the note, so the preview no longer asks.
    expect(
      previewFacts({ ministry: 'labour', ministryNote: 'ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว' }).ministryNote,
    ).toBeUndefined();
  });

  it('shows what was typed while the date is not a date yet, and nothing for an unknown slug', () => {
    expect(previewFacts({ date: '2025-13', ministry: 'agri' })).toMatchObject({
      date: '2025-13',
      ministry: undefined,
      provinces: [],
    });
  });
});
