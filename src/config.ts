/** Site-wide settings in one typed object, read by pages, feeds and scripts alike. */
export const SITE = {
  /** Short brand name shown in the header. */
  name: 'แถลง',
  /** Latin name, for places that need one (user agents, JSON-LD publisher). */
  nameLatin: 'Thalaeng',
  title: 'แถลง — ข่าวประชาสัมพันธ์ภาครัฐ',
  description:
    'แถลง รวบรวมข่าวประชาสัมพันธ์และแถลงข่าวของหน่วยงานรัฐบาลไทย ค้นหาได้ตามกระทรวง จังหวัด และวันที่',
  lang: 'th',
  locale: 'th_TH',
  /**
   * All dates are read and shown in Bangkok time, whatever the machine's zone, as a fixed
   * offset: Thailand has kept +07:00 since 1920, and the tz database's local mean time
   * before it (+06:42) would show older releases a day early.
   */
  utcOffset: '+07:00',
  /** Releases per page on every paginated list. */
  pageSize: 20,
  /** How many related releases a release page shows. */
  relatedCount: 4,
  /** Characters of body text kept as the excerpt when a release has no summary. */
  excerptLength: 200,
} as const;
