/**
 * The files behind a release's photos, in its folder: each photo named is there (by its
 * exact name: one that differs in capitals works on a Mac and breaks on the server), is the
 * image its name says, in a format the site takes, and not needlessly large; and every
 * file in the folder is used by the release. What its text alone tells: photo-rules.ts.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { photoFolder, photoSrc, readPhotoSrc } from './photo-paths.ts';
import { writtenWith, type PhotoReference } from './photo-references.ts';
import { oversizeWarning, photoFormatOfName, refusal } from './photo-formats.ts';
import { readPhotoFile } from './photo-file.ts';
import { suggest } from './resolve-name.ts';
import type { ReleaseProblem } from './problems.ts';

/**
 * @param releasePath the release file's project path, below `root`.
 * @param references its photos, every one already found well written (photo-rules.ts).
 */
export async function checkPhotoFiles(
  root: string,
  releasePath: string,
  references: readonly PhotoReference[],
): Promise<ReleaseProblem[]> {
  const folder = photoFolder(releasePath);
  const present = await filesIn(path.join(root, folder));
  const problems: ReleaseProblem[] = [];
  const used = new Map<string, PhotoReference>();
  for (const reference of references) {
    const read = readPhotoSrc(releasePath, reference.src);
    if (!read.ok) continue;
    const at = { file: releasePath, ...reference.srcAt, ...(reference.field ? { field: `${reference.field}.src` } : {}) };
    if (!present.has(read.name)) problems.push({ ...at, ...missing(releasePath, read.name, present, reference) });
    else if (!used.has(read.name)) {
      used.set(read.name, reference);
      const problem = await fileProblem(path.join(root, folder, read.name), releasePath, read.name, reference);
      if (problem) problems.push({ ...at, ...problem });
    }
  }
  for (const name of present) {
    if (!used.has(name)) problems.push(unused(releasePath, name));
  }
  return problems;
}

/** Files below `directory` by their path in it (`lead.jpg`, `more/2.jpg`); hidden files and links are the listing's concern (files.ts). */
async function filesIn(directory: string): Promise<Set<string>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw error;
  });
  return new Set(
    entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort(),
  );
}

type Described = Pick<ReleaseProblem, 'message' | 'fix' | 'severity'>;

function missing(releasePath: string, name: string, present: ReadonlySet<string>, reference: PhotoReference): Described {
  const shown = `${photoFolder(releasePath)}/${name}`;
  const sameLetters = [...present].find((file) => file.toLowerCase() === name.toLowerCase());
  const nearest =
    sameLetters ??
    suggest(
      name,
      [...present].map((file) => ({ value: file, names: [file] })),
    );
  if (nearest)
    return {
      message: `ไม่พบไฟล์ภาพ ${shown} / there is no file ${shown}${
        sameLetters
          ? `; there is ${sameLetters}, and a name must match exactly, capitals too (a Mac does not tell them apart, the server does)`
          : ''
      }`,
      fix: writtenWith(reference, photoSrc(releasePath, nearest)),
    };
  return {
    message: `ไม่พบไฟล์ภาพ ${shown} / there is no file ${shown}: a release's photos are in the folder named after its file`,
    fix: `วางภาพไว้ที่ ${shown} หรือแก้ที่อยู่ภาพ / put the photo at ${shown}, or correct the path`,
  };
}

async function fileProblem(
  file: string,
  releasePath: string,
  name: string,
  reference: PhotoReference,
): Promise<Described | undefined> {
  const shown = `${photoFolder(releasePath)}/${name}`;
  const facts = await readPhotoFile(file);
  const promised = photoFormatOfName(name);
  const stem = name.replace(/\.[^./]*$/, '');
  if (!facts.format)
    return {
      message: `ไฟล์ ${shown} ไม่ใช่ภาพ หรือเสียหาย / ${shown} cannot be read as an image: it is damaged, or not a photo`,
      fix: `ส่งออกภาพใหม่เป็น JPEG ที่ ${photoFolder(releasePath)}/${stem}.jpg / export the photo again as JPEG to ${photoFolder(releasePath)}/${stem}.jpg`,
    };
  const { format } = facts;
  if (format !== promised) {
    const taken = photoFormatOfName(`photo.${format}`);
    const refused = taken ? undefined : refusal(format);
    return {
      message: `ไฟล์ ${shown} เป็นภาพ ${format.toUpperCase()} แต่ชื่อไฟล์บอกว่าเป็น ${promised?.toUpperCase()}${refused?.th ? ` ${refused.th}` : ''} / ${shown} is a ${format.toUpperCase()} image, though its name says ${promised?.toUpperCase()}${
        refused ? `: ${refused.en}` : ''
      }`,
      fix: taken
        ? `เปลี่ยนชื่อไฟล์เป็น ${stem}.${format} แล้วเขียน ${writtenWith(reference, photoSrc(releasePath, `${stem}.${format}`))} / rename the file to ${stem}.${format} and write ${writtenWith(reference, photoSrc(releasePath, `${stem}.${format}`))}`
        : `บันทึกเป็น JPEG ที่ ${photoFolder(releasePath)}/${stem}.jpg แล้วเขียน ${writtenWith(reference, photoSrc(releasePath, `${stem}.jpg`))} / export it as JPEG to ${photoFolder(releasePath)}/${stem}.jpg and write ${writtenWith(reference, photoSrc(releasePath, `${stem}.jpg`))}`,
    };
  }
  const oversize = oversizeWarning(facts, shown);
  return oversize && { severity: 'warning', ...oversize };
}

function unused(releasePath: string, name: string): ReleaseProblem {
  return {
    file: `${photoFolder(releasePath)}/${name}`,
    line: 1,
    column: 1,
    severity: 'warning',
    message: `ข่าวไม่ได้ใช้ไฟล์นี้ / ${releasePath} does not use this file, so it is not published: it only makes the repository heavier`,
    fix: `ใส่ภาพใน gallery ของข่าว หรือลบไฟล์ทิ้ง / show it in the release, or delete it: gallery:\n  - { src: ${photoSrc(releasePath, name)}, alt: "…" }`,
  };
}
