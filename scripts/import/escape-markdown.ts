/**
 * Escapes plain text so that Markdown shows exactly the original words, and escapes nothing
 * else: a backslash left before `&` in `Travel & Fair` reaches every tool that reads the file
 * as text (summaries, feeds, open data). Each paragraph is one line between blank lines, so
 * `|` can never make a table and `>` matters only at the start.
 */
const INLINE = /\\(?=[!-/:-@[-`{-~])|[`*[\]~]|_|<(?=[A-Za-z/!?])|&(?=#\d+;|#[xX][\da-fA-F]+;|[A-Za-z][A-Za-z\d]*;)/g;
const BLOCK_START = /^(#{1,6}(?=\s|$)|[+>-](?=\s)|>|=+$|-+$)/;
/** Letters, marks and digits: `_` between two of them never starts or ends emphasis. */
const WORD = /[\p{L}\p{M}\p{N}]/u;

export function escapeMarkdownText(line: string): string {
  return line
    .replace(INLINE, (mark, at: number) =>
      mark === '_' && WORD.test(line[at - 1] ?? '') && WORD.test(line[at + 1] ?? '') ? mark : `\\${mark}`,
    )
    .replace(BLOCK_START, '\\$1');
}

/** `1. ข้อความ`: a numbered item, kept as a list only when it is part of a run (see callers). */
export const NUMBERED = /^(\d{1,3})([.)])(\s)/;

export function escapeNumbered(line: string): string {
  return line.replace(NUMBERED, '$1\\$2$3');
}
