/**
 * The interface text of the search page's script, apart from UI (./th.ts, which spreads
 * it in): importing UI would make a phone parse every string of the site before the first
 * result (see ./th-page-scripts.ts).
 */
import { groupDigits } from '@/thai/group-digits.ts';

export const SEARCH_SCRIPT_UI = {
  searchTitle: 'ค้นหาข่าว',
  periodChip: (from: string, to: string) => (from && to ? `${from} – ${to}` : from ? `ตั้งแต่ ${from}` : `ถึง ${to}`),
  filterYear: 'ปี พ.ศ.',
  removeFilter: (label: string) => `เอาตัวกรอง ${label} ออก`,
  searching: 'กำลังค้นหา…',
  resultCount: (n: number) => `พบ ${groupDigits(n)} ข่าว`,
  resultsSoFar: 'ข่าวล่าสุดที่พบอยู่ด้านล่าง กำลังค้นข่าวที่เก่ากว่า…',
  resultsSoFarOldest: 'ข่าวเก่าสุดที่พบอยู่ด้านล่าง กำลังค้นข่าวที่ใหม่กว่า…',
  resultsFor: (query: string) => `ผลการค้นหา “${query}”`,
  wordsApart: 'ไม่พบวลีนี้ตรงตัว จึงแสดงข่าวที่มีทุกคำแม้ไม่อยู่ติดกัน',
  showing: (shown: number, total: number) => `แสดง ${groupDigits(shown)} จาก ${groupDigits(total)} ข่าว`,
  searchUnavailable: 'ค้นหาไม่ได้ในขณะนี้ ลองโหลดหน้าใหม่อีกครั้ง',
} as const;
