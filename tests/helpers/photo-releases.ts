/**
 * Releases with photos drawn here (scripts/shared/draw-photo.ts), for the photo tests: a
 * lead photo with a caption, a gallery of four and a photo in the body; alt text and a
 * caption that try to pass for markup; a small photo; and a release without photos.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { drawPhoto } from '../../scripts/shared/draw-photo.ts';

/** Text that must arrive as text in HTML, XML feeds and JSON-LD. */
export const HOSTILE_TEXT = `<script>alert("x")</script> & ]]> "อัญประกาศ" </title>`;

export const PHOTO_RELEASES = {
  full: '2020-03-05-photo-gallery',
  hostile: '2020-03-04-photo-hostile',
  small: '2020-03-03-photo-small',
  none: '2020-03-02-no-photo',
} as const;

interface Written {
  slug: string;
  front: string[];
  body: string;
  photos: { file: string; seed: number; width?: number; height?: number }[];
}

const releases: Written[] = [
  {
    slug: PHOTO_RELEASES.full,
    front: [
      'image:',
      `  src: ./${PHOTO_RELEASES.full}/lead.jpg`,
      '  alt: เจ้าหน้าที่ตรวจแปลงนาข้าวที่จังหวัดสุพรรณบุรี',
      '  caption: เจ้าหน้าที่ตรวจแปลงนาก่อนฤดูเก็บเกี่ยว',
      'gallery:',
      ...[1, 2, 3, 4].flatMap((n) => [
        `  - src: ./${PHOTO_RELEASES.full}/gallery-${n}.jpg`,
        `    alt: ภาพบรรยากาศการประชุมชาวนา ภาพที่ ${n}`,
        ...(n % 2 ? [`    caption: ชาวนาร่วมประชุม ภาพที่ ${n}`] : []),
      ]),
    ],
    body: `กรมการข้าวลงพื้นที่ตรวจแปลงนา\n\n![แผนที่แปลงนาที่ตรวจ](./${PHOTO_RELEASES.full}/map.png)\n\nเกษตรกรได้รับคำแนะนำเรื่องพันธุ์ข้าว\n`,
    photos: [
      { file: 'lead.jpg', seed: 1, width: 1600, height: 1067 },
      ...[1, 2, 3, 4].map((n) => ({ file: `gallery-${n}.jpg`, seed: 10 + n, ...(n === 2 ? { width: 800, height: 1200 } : {}) })),
      { file: 'map.png', seed: 20, width: 900, height: 600 },
    ],
  },
  {
    slug: PHOTO_RELEASES.hostile,
    front: [
      'image:',
      `  src: ./${PHOTO_RELEASES.hostile}/lead.jpg`,
      `  alt: ${JSON.stringify(`ภาพ ${HOSTILE_TEXT}`)}`,
      `  caption: ${JSON.stringify(`คำบรรยาย ${HOSTILE_TEXT}`)}`,
    ],
    body: 'ข่าวที่ข้อความแทนภาพพยายามเป็นโค้ด\n',
    photos: [{ file: 'lead.jpg', seed: 2 }],
  },
  {
    slug: PHOTO_RELEASES.small,
    front: ['image:', `  src: ./${PHOTO_RELEASES.small}/small.webp`, '  alt: ภาพขนาดเล็กของป้ายประกาศ'],
    body: 'ข่าวที่มีภาพขนาดเล็ก\n',
    photos: [{ file: 'small.webp', seed: 3, width: 400, height: 300 }],
  },
  // Longer than an excerpt: a paragraph added at its end changes no other page (tests/e2e/photos.test.ts).
  { slug: PHOTO_RELEASES.none, front: [], body: `ข่าวที่ไม่มีภาพ ${'รายละเอียดของข่าว '.repeat(20)}\n`, photos: [] },
];

/** Writes the releases and their photos into `releasesDir` (2020/03/). */
export async function writePhotoReleases(releasesDir: string): Promise<void> {
  const month = path.join(releasesDir, '2020', '03');
  await mkdir(month, { recursive: true });
  for (const { slug, front, body, photos } of releases) {
    const day = slug.slice(8, 10);
    await writeFile(
      path.join(month, `${slug}.md`),
      [
        '---',
        `title: ข่าวทดสอบภาพ ${slug}`,
        `date: 2020-03-${day}T10:00:00+07:00`,
        'ministry: agriculture',
        'provinces: [TH-72]',
        `source: https://www.moac.go.th/${slug}`,
        ...front,
        '---',
        body,
      ].join('\n'),
    );
    if (photos.length) await mkdir(path.join(month, slug), { recursive: true });
    for (const { file, seed, width, height } of photos) {
      const format = file.endsWith('.png') ? 'png' : file.endsWith('.webp') ? 'webp' : 'jpeg';
      await writeFile(
        path.join(month, slug, file),
        await drawPhoto(seed, { format, ...(width ? { width } : {}), ...(height ? { height } : {}) }),
      );
    }
  }
}
