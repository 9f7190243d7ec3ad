/** Problems that only show across files: two releases with one slug or one source URL, however spelt. */
import type { ReleaseProblem } from './problems.ts';
import type { Release } from './release.ts';
import { sourceKey } from './linked-sources.ts';

export function findDuplicateReleases(releases: readonly Release[]): ReleaseProblem[] {
  const problems: ReleaseProblem[] = [];
  const firstBySlug = new Map<string, Release>();
  const firstBySource = new Map<string, Release>();
  for (const release of releases) {
    const sameSlug = firstBySlug.get(release.slug);
    if (sameSlug) {
      problems.push({
        file: release.filePath,
        line: 1,
        column: 1,
        message: `ชื่อไฟล์ซ้ำกับ ${sameSlug.filePath} / the slug "${release.slug}" is already used by ${sameSlug.filePath}`,
        fix: `เปลี่ยนชื่อไฟล์หนึ่ง เช่น / rename one of them, e.g. ${release.slug}-2.md`,
      });
    } else firstBySlug.set(release.slug, release);
    if (release.source === undefined) continue;
    // Spelt otherwise (http, www., a closing slash), a source is still the same page: links to it find one release.
    const source = sourceKey(release.source) ?? release.source;
    const sameSource = firstBySource.get(source);
    if (sameSource) {
      problems.push({
        file: release.filePath,
        line: 1,
        column: 1,
        field: 'source',
        message: `ที่มาซ้ำกับ ${sameSource.filePath} / the same source URL is already used by ${sameSource.filePath}`,
        fix: 'เก็บไว้ไฟล์เดียว / keep one of the two files',
      });
    } else firstBySource.set(source, release);
  }
  return problems;
}
