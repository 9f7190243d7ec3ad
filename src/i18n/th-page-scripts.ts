/**
 * The interface text that the scripts of pages other than search show, apart from UI
 * (./th.ts, which spreads it in): a page's script that imported UI would carry every
 * string of the site, 4.5 KB gzipped of the home page's 60 KB.
 */
export const PAGE_SCRIPT_UI = {
  galleryPosition: (n: number, total: number) => `ภาพที่ ${n} จาก ${total}`,
  provincePickerCount: (n: number | string) => `พบ ${n} จังหวัด`,
  myProvinceAll: (label: string) => `ดูข่าวทั้งหมดของ${label}`,
  myProvinceLoading: 'กำลังโหลดข่าว…',
  myProvinceEmpty: 'ยังไม่มีข่าวของจังหวัดนี้',
  myProvinceFailed: 'โหลดข่าวของจังหวัดนี้ไม่ได้ในขณะนี้',
} as const;
