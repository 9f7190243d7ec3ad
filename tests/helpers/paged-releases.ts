/**
 * Releases enough to page through: the embedded content has 13, under one page of 20.
 * 125 short releases of one ministry, province and category over three months of 2019 make
 * the home page, that ministry, province and category run to seven pages (ellipses in the
 * pagination) and October 2019 to three. Dated before the tricky fixtures, which so stay
 * the newest in every feed the feed tests read.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PAGED = {
  ministry: 'interior',
  province: 'TH-57',
  category: 'society',
  /** Releases a month: October, November, December 2019. */
  months: [
    [10, 45],
    [11, 40],
    [12, 40],
  ],
} as const;

export async function writePagedReleases(releasesDir: string): Promise<void> {
  for (const [month, count] of PAGED.months) {
    const folder = path.join(releasesDir, '2019', String(month).padStart(2, '0'));
    await mkdir(folder, { recursive: true });
    for (let i = 1; i <= count; i++) {
      const day = String(((i - 1) % 28) + 1).padStart(2, '0');
      const hour = String(8 + Math.floor((i - 1) / 28)).padStart(2, '0');
      const slug = `2019-${String(month).padStart(2, '0')}-${day}-paged-${String(i).padStart(2, '0')}`;
      await writeFile(
        path.join(folder, `${slug}.md`),
        [
          '---',
          `title: ข่าวทดสอบการแบ่งหน้า เดือน ${month} ลำดับที่ ${i}`,
          `date: 2019-${String(month).padStart(2, '0')}-${day}T${hour}:00:00+07:00`,
          `ministry: ${PAGED.ministry}`,
          `provinces: [${PAGED.province}]`,
          `category: ${PAGED.category}`,
          `source: https://www.moi.go.th/paged/${slug}`,
          '---',
          `ข่าวสั้นสำหรับทดสอบเลขหน้า ลำดับที่ ${i}`,
          '',
        ].join('\n'),
      );
    }
  }
}
