/**
 * A release's slug: its file name without `.md` and its address, `/releases/<slug>/`. Lower-case
 * Latin letters, digits and hyphens, so that the address is the same everywhere it is typed;
 * it never changes once published, or every link to the release breaks.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The nearest slug to a name written otherwise (`2026-11-20 Dengue` → `2026-11-20-dengue`), or undefined if nothing is left. */
export function toSlug(text: string): string | undefined {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || undefined
  );
}
