/**
 * The lead photo of `npm run new -- --image photo.jpg --alt "…" [--caption "…"]`: read and
 * refused before anything is written, then copied into the new release's folder as
 * lead.<format> (the format read from the file, not its name), never over a file.
 */
import { existsSync } from 'node:fs';
import { copyFile, constants, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readPhotoFile } from '@/release/photo-file.ts';
import { projectPath } from '@/release/files.ts';
import { PHOTO_EXTENSIONS, oversizeWarning, photoFormatOfName, refusal } from '@/release/photo-formats.ts';
import { RefusedAnswers } from './ask-release.ts';
import type { NewImage } from './new-release.ts';

export interface LeadPhoto {
  /** The photo file as given, relative to the working folder. */
  source: string;
  /** What the new release's front matter says of it. */
  image: NewImage;
  /** Said after the copy: the photo is larger than it needs to be. */
  warning?: string;
}

/** `--image`, `--alt` and `--caption` as given: no photo, or one read and checked. */
export async function leadPhotoOption(values: {
  image?: string;
  alt?: string;
  caption?: string;
}): Promise<LeadPhoto | undefined> {
  if (values.image === undefined && values.alt === undefined && values.caption === undefined) return undefined;
  if (values.image === undefined || values.alt === undefined)
    throw new RefusedAnswers(
      'ภาพต้องมีคำบรรยายแทนภาพ / --image and --alt go together: --alt says in Thai what the photo shows; --caption is optional',
    );
  return readLeadPhoto(values.image, values.alt, values.caption);
}

/** The photo at `source` with its alt text and caption, or RefusedAnswers saying why it cannot be a release's photo. */
export async function readLeadPhoto(source: string, alt: string, caption?: string): Promise<LeadPhoto> {
  const shown = JSON.stringify(source);
  const isFile = await stat(source).then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (!isFile) throw new RefusedAnswers(`ไม่พบไฟล์ภาพ ${shown} / there is no photo file ${shown}`);
  const facts = await readPhotoFile(source);
  if (!facts.format)
    throw new RefusedAnswers(
      `ไฟล์ ${shown} ไม่ใช่ภาพ หรือเสียหาย / ${shown} cannot be read as an image (the site takes ${PHOTO_EXTENSIONS})`,
    );
  const format = photoFormatOfName(`lead.${facts.format}`);
  if (!format) {
    const { th, en } = refusal(facts.format);
    const kind = facts.format.toUpperCase();
    throw new RefusedAnswers(
      `ไฟล์ ${shown} เป็นภาพ ${kind}${th ? ` ${th}` : ''} / ${shown} is a ${kind} image: ${en}; export it as JPEG and give that file`,
    );
  }
  const oversize = oversizeWarning(facts, source);
  return {
    source,
    image: { name: `lead.${format}`, alt, ...(caption ? { caption } : {}) },
    ...(oversize ? { warning: `คำเตือน / warning: ${oversize.message}\n    แก้เป็น / write instead: ${oversize.fix}` } : {}),
  };
}

/** Copies the photo to `target` (absolute), making its folder, and gives `target` back; a file there is never overwritten. */
export async function placeLeadPhoto(photo: LeadPhoto, target: string): Promise<string> {
  const shown = projectPath(process.cwd(), target);
  if (existsSync(target)) throw new RefusedAnswers(`มีไฟล์นี้อยู่แล้ว จะไม่เขียนทับ / ${shown} already exists and will not be overwritten`);
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(photo.source, target, constants.COPYFILE_EXCL);
  return target;
}

/** What the editor reads once the photo is copied (`shown`: its project path). */
export function leadPhotoReport(photo: LeadPhoto, shown: string): string {
  return [`คัดลอกภาพไปที่ ${shown} แล้ว / copied the photo to ${shown}`, ...(photo.warning ? [photo.warning] : [])].join('\n');
}
