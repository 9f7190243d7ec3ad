/**
 * Escapes plain text so that Markdown shows exactly the original words: characters that
 * would start emphasis, code, links, HTML or entities anywhere, and block markers
 * (headings, quotes, bullets, numbered items) at the start of a line.
 */
const INLINE = /[\\`*_[\]<>&~|]/g;
const BLOCK_START = /^(#{1,6}(?=\s|$)|[+-](?=\s)|=+$|-+$)/;

export function escapeMarkdownText(line: string): string {
  return line.replace(INLINE, '\\$&').replace(BLOCK_START, '\\$1');
}

/** `1. ข้อความ`: a numbered item, kept as a list only when it is part of a run (see callers). */
export const NUMBERED = /^(\d{1,3})([.)])(\s)/;

export function escapeNumbered(line: string): string {
  return line.replace(NUMBERED, '$1\\$2$3');
}
