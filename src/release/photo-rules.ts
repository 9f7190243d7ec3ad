/**
 * What can be checked of a release's photos from its text alone: each path names a file
 * in the release's own folder, in a format the site takes, and each photo has alt text
 * that says what it shows, in the release's language. The files themselves: photo-files.ts.
 */
import { posix } from 'node:path';
import { writtenWith, type PhotoReference } from './photo-references.ts';
import { photoFolder, photoSrc, readPhotoSrc, type PhotoSrcFault } from './photo-paths.ts';
import { PHOTO_EXTENSIONS, REFUSED_FORMATS, photoFormatOfName, refusedFormatOfName } from './photo-formats.ts';
import { ALT_EXAMPLE, ALT_WHY, type ReleaseProblem } from './problems.ts';
import type { ReleaseLanguage } from './schema.ts';

/** @param releasePath the release file's project path. */
export function photoRuleProblems(
  releasePath: string,
  references: readonly PhotoReference[],
  lang: ReleaseLanguage,
): ReleaseProblem[] {
  return references.flatMap((reference) => {
    const problem = (at: 'src' | 'alt', message: string, fix: string): ReleaseProblem => ({
      file: releasePath,
      ...(at === 'src' ? reference.srcAt : reference.altAt),
      ...(reference.field ? { field: `${reference.field}.${at}` } : {}),
      message,
      fix,
    });
    const problems = srcProblems(releasePath, reference).map(({ message, fix }) => problem('src', message, fix));
    const alt = altTextProblem(reference.alt, reference.src, lang, reference.field ?? 'the photo');
    if (alt)
      problems.push(
        problem('alt', alt, reference.field ? `alt: ${ALT_EXAMPLE}` : `![${ALT_EXAMPLE.slice(1, -1)}](${reference.src})`),
      );
    return problems;
  });
}

function srcProblems(releasePath: string, reference: PhotoReference): { message: string; fix: string }[] {
  const read = readPhotoSrc(releasePath, reference.src);
  const shown = JSON.stringify(reference.src);
  const own = photoSrc(releasePath, '…');
  if (!read.ok && read.fault !== 'spelling') {
    const name = posix.basename(reference.src.replaceAll('\\', '/')) || 'lead.jpg';
    return [
      {
        message: SRC_FAULTS[read.fault](shown, own),
        fix: `คัดลอกภาพไปไว้ใน ${photoFolder(releasePath)}/ (โฟลเดอร์ชื่อเดียวกับไฟล์ข่าว) แล้วเขียน / copy the photo into ${photoFolder(releasePath)}/ (the folder named after this file) and write: ${writtenWith(reference, photoSrc(releasePath, name))}`,
      },
    ];
  }
  return [
    ...(read.ok ? [] : [{ message: SRC_FAULTS.spelling(shown, own), fix: writtenWith(reference, read.correct) }]),
    ...formatProblems(releasePath, reference, read.name),
  ];
}

/** A name whose extension is no format the site takes. */
function formatProblems(releasePath: string, reference: PhotoReference, name: string): { message: string; fix: string }[] {
  if (photoFormatOfName(name)) return [];
  const refused = refusedFormatOfName(name);
  const jpeg = writtenWith(reference, photoSrc(releasePath, `${name.replace(/\.[^./]*$/, '')}.jpg`));
  return [
    {
      message: `รูปแบบไฟล์ภาพนี้ใช้ไม่ได้${refused ? ` ${REFUSED_FORMATS[refused]!.th}` : ''} / ${JSON.stringify(reference.src)} is not in a format the site takes (${PHOTO_EXTENSIONS}): ${
        refused ? REFUSED_FORMATS[refused]!.en : 'save it as JPEG, PNG, WebP or AVIF'
      }`,
      fix: `บันทึกภาพเป็น JPEG แล้วเขียน / export it as JPEG and write: ${jpeg}`,
    },
  ];
}

const SRC_FAULTS: Record<PhotoSrcFault, (shown: string, own: string) => string> = {
  remote: (shown) =>
    `ใช้ภาพจากเว็บไซต์อื่นไม่ได้ / ${shown} is on another site, which is refused: the pages' security policy lets browsers load images from this site only, a reader's browser would tell that site who reads the release, the photo could change or vanish after publication, and it cannot be resized for phones`,
  absolute: (shown, own) =>
    `ภาพต้องอยู่ในโฟลเดอร์ของข่าว / ${shown} is read from the site's root, where no photos are served: a release's photos are in its own folder, written ${own}`,
  outside: (shown, own) =>
    `ภาพอยู่นอกโฟลเดอร์ของข่าวนี้ / ${shown} is outside this release's folder: a release shows only photos from its own folder, written ${own} (not ../, nor another release's folder)`,
  spelling: (shown, own) =>
    `เขียนที่อยู่ภาพให้ขึ้นต้นด้วย ./ ตามด้วยชื่อโฟลเดอร์ของข่าว / write ${shown} as ${own}, relative to the release file`,
};

/** A Thai consonant: digits and signs alone describe nothing. */
const THAI = /[\u0E01-\u0E2E]/;
const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|webp|avif|gif|heic|heif|tiff?|bmp|svg)$/i;
/** What cameras and phones call their files: IMG_1234, DSC01234, PXL_20261201_… */
const CAMERA_NAME = /^(?:img|dsc[fn]?|pxl|photo|image|pic)[\s_-]?\d/i;

/**
 * What is wrong with the alt text of the photo at `src`, Thai then English, or undefined.
 * @param where how messages name the photo: `image`, `gallery.2`, `the photo`.
 */
export function altTextProblem(text: string, src: string, lang: ReleaseLanguage, where: string): string | undefined {
  const alt = text.trim();
  if (!alt) return `ภาพไม่มีคำบรรยายแทนภาพ (alt) / ${where} has no alt text: ${ALT_WHY}`;
  const base = posix.basename(src).toLowerCase();
  const fileName =
    [base, base.replace(/\.[^.]*$/, '')].includes(alt.toLowerCase()) || FILE_NAME.test(alt) || CAMERA_NAME.test(alt);
  if (fileName)
    return `คำบรรยายแทนภาพเป็นเพียงชื่อไฟล์ / the alt text ${JSON.stringify(alt)} of ${where} is a file name, which tells a reader who cannot see the photo nothing: ${ALT_WHY}`;
  if (lang === 'th' && !THAI.test(alt))
    return `คำบรรยายแทนภาพต้องเป็นภาษาไทย / the alt text ${JSON.stringify(alt)} of ${where} has no Thai: it is read aloud in the release's language (a release in English says lang: en)`;
  return undefined;
}
