/**
 * The file `npm run new` writes from checked answers: complete front matter and a body
 * placeholder, in the folder of its date. New releases are drafts unless asked to publish,
 * so that a placeholder never reaches readers.
 */
import { writeFrontMatter } from '@/release/write-front-matter.ts';
import { folderOf, type NewRelease } from './answers.ts';

export const BODY_PLACEHOLDER =
  'เขียนเนื้อข่าวที่นี่ แต่ละย่อหน้าคั่นด้วยบรรทัดว่าง\n\nWrite the release here, one blank line between paragraphs.\n';

export interface NewReleaseFile {
  /** Relative to the releases folder: `<yyyy>/<mm>/<slug>.md`. */
  path: string;
  text: string;
}

export function newReleaseFile(release: NewRelease, publish: boolean): NewReleaseFile {
  const frontMatter = writeFrontMatter({
    title: release.title,
    date: release.date,
    ministry: release.ministry,
    provinces: release.provinces,
    source: release.source,
    draft: publish ? undefined : true,
  });
  return { path: `${folderOf(release.date)}/${release.slug}.md`, text: `${frontMatter}${BODY_PLACEHOLDER}` };
}
