/**
 * Photos for the benchmark: each release of a folder gets a lead photo and a gallery,
 * drawn with sharp (scripts/shared/draw-photo.ts) from a seed of its place in the folder,
 * so every run draws the same photos and no two releases share one.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { forEachConcurrently } from '@/release/files.ts';
import { drawPhoto } from '../shared/draw-photo.ts';

/** An editor's original: a camera's photo as sent to a newsroom, resized. */
const ORIGINAL = { width: 1600, height: 1067 } as const;

/** The front matter lines that name a release's photos: the first is the lead, the rest its gallery. */
export function photoFrontMatter(slug: string, files: readonly string[]): string[] {
  const [lead, ...gallery] = files;
  return [
    ...(lead ? ['image:', `  src: ./${slug}/${lead}`, `  alt: ภาพประกอบข่าว ${slug}`] : []),
    ...(gallery.length ? ['gallery:'] : []),
    ...gallery.flatMap((file, index) => [`  - src: ./${slug}/${file}`, `    alt: ภาพที่ ${index + 2} ของข่าว ${slug}`]),
  ];
}

/** Adds `perRelease` photos to every release below `dir`; returns how many it drew. */
export async function addPhotos(dir: string, perRelease: number): Promise<number> {
  const files = (await readdir(dir, { recursive: true }))
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort();
  // Two at a time: the machine's two cores.
  await forEachConcurrently(
    files.map((file, index) => ({ file, index })),
    2,
    async ({ file, index }) => {
      const release = path.join(dir, file);
      const slug = path.basename(file, '.md');
      const names = Array.from({ length: perRelease }, (_, n) => (n === 0 ? 'lead.jpg' : `photo-${n + 1}.jpg`));
      await mkdir(path.join(path.dirname(release), slug), { recursive: true });
      for (const [n, name] of names.entries())
        await writeFile(path.join(path.dirname(release), slug, name), await drawPhoto(index * perRelease + n, ORIGINAL));
      const text = await readFile(release, 'utf8');
      // Before the front matter's closing line.
      await writeFile(release, text.replace(/\n---\n/, `\n${photoFrontMatter(slug, names).join('\n')}\n---\n`));
    },
  );
  return files.length * perRelease;
}
