/**
 * From this many characters of Markdown (some fifteen phone screens; a cabinet summary runs
 * to 200,000) a release body is long: a phone would spend seconds laying it all out before
 * it responds, so its page lays out the body's blocks only near the screen (`.prose.long`).
 */
export const LONG_BODY = 20_000;

export const isLongBody = (markdown: string): boolean => markdown.length >= LONG_BODY;
