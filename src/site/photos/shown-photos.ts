/** The photos a release shows, each with the file the loader read, in the order it shows them. */
import type { PhotoFile, Release } from '@/release/release.ts';
import type { ReleasePhoto } from '@/release/schema.ts';
import { photoReferences } from '@/release/photo-references.ts';

export interface ShownPhoto extends ReleasePhoto {
  file: PhotoFile;
}

const shown = (release: Pick<Release, 'photos'>, photo: ReleasePhoto): ShownPhoto[] => {
  const file = release.photos?.[photo.src];
  return file ? [{ ...photo, file }] : [];
};

export function leadPhoto(release: Pick<Release, 'photos' | 'image'>): ShownPhoto | undefined {
  return release.image ? shown(release, release.image)[0] : undefined;
}

export function galleryPhotos(release: Pick<Release, 'photos' | 'gallery'>): ShownPhoto[] {
  return release.gallery.flatMap((photo) => shown(release, photo));
}

/** The files of the photos in `body`, by `src` as written. */
export function bodyPhotoFiles(release: Pick<Release, 'photos'>, body: string): Map<string, PhotoFile> {
  const files = new Map<string, PhotoFile>();
  // No fields: the body's references only.
  for (const { src } of photoReferences({ gallery: [] }, new Map(), body, 1)) {
    const file = release.photos?.[src];
    if (file) files.set(src, file);
  }
  return files;
}
