/**
 * Every photo a release names: its lead photo, its gallery and the images in its body,
 * each with its alt text and where it is written, for the rules on what is written
 * (photo-rules.ts) and on the files themselves (photo-files.ts).
 */
import { visit } from 'unist-util-visit';
import type { Definition, Image, ImageReference } from 'mdast';
import type { Position } from './front-matter.ts';
import type { ReleasePhoto } from './schema.ts';
import { parseBody } from './markdown-tree.ts';

export interface PhotoReference {
  src: string;
  alt: string;
  /** `image` or `gallery.2`; undefined for a photo in the body. */
  field?: string;
  /** Where its path and its alt text are written in the file. */
  srcAt: Position;
  altAt: Position;
}

/** The reference as the editor would write it with another path: a field's `src:` or the body's `![…](…)`. */
export function writtenWith(reference: PhotoReference, src: string): string {
  return reference.field ? `src: ${src}` : `![${reference.alt}](${src})`;
}

/** A Markdown image always starts with `![`: most bodies have none and are not parsed. */
const MAYBE_IMAGE = '![';

/**
 * Whether a release file may name a photo, read from its text alone: false means it
 * surely names none. Conservative: any line starting `image:` or `gallery:` counts.
 */
export function mayReferencePhotos(text: string): boolean {
  return text.includes(MAYBE_IMAGE) || /^(?:image|gallery):/m.test(text);
}

/**
 * @param positions where each front-matter field is written (front-matter.ts).
 * @param body the Markdown body, which starts on the file's line `bodyLine`.
 */
export function photoReferences(
  fields: { image?: ReleasePhoto | undefined; gallery: readonly ReleasePhoto[] },
  positions: ReadonlyMap<string, Position>,
  body: string,
  bodyLine: number,
): PhotoReference[] {
  const fromField = (field: string, photo: ReleasePhoto): PhotoReference => {
    const at = (key: string): Position => positions.get(`${field}.${key}`) ?? positions.get(field) ?? { line: 1, column: 1 };
    return { src: photo.src, alt: photo.alt, field, srcAt: at('src'), altAt: at('alt') };
  };
  return [
    ...(fields.image ? [fromField('image', fields.image)] : []),
    ...fields.gallery.map((photo, index) => fromField(`gallery.${index}`, photo)),
    ...bodyPhotos(body, bodyLine),
  ];
}

/** `![alt](src)` and `![alt][label]` with its `[label]: src`; an image whose label is defined nowhere is text. */
function bodyPhotos(body: string, bodyLine: number): PhotoReference[] {
  if (!body.includes(MAYBE_IMAGE)) return [];
  const tree = parseBody(body);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const found: PhotoReference[] = [];
  visit(tree, ['image', 'imageReference'], (node) => {
    const image = node as Image | ImageReference;
    const src = image.type === 'image' ? image.url : definitions.get(image.identifier);
    if (src === undefined) return;
    const at = { line: bodyLine + (image.position?.start.line ?? 1) - 1, column: image.position?.start.column ?? 1 };
    found.push({ src, alt: image.alt ?? '', srcAt: at, altAt: at });
  });
  return found;
}
