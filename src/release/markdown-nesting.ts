/**
 * How deeply quotes and lists nest in a Markdown body, read line by line without
 * parsing: the parser and the page renderer recurse once per level, so a few thousand
 * `>` overflow the stack and a few hundred indented list levels take minutes.
 */

/** Far beyond any release (three or four levels), far below where rendering suffers. */
export const MAX_NESTING = 50;

/** Quote markers (`>>` is two) and list markers (followed by a space or the line's end) that open the line. */
const CONTAINERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;

/** The first line (1-based, within the body) that nests deeper than MAX_NESTING, with its depth. */
export function findDeepNesting(markdown: string): { line: number; depth: number } | undefined {
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const prefix = CONTAINERS.exec(line)?.[0];
    if (!prefix) continue;
    const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)!.length;
    // A nested list item is indented by at least two columns per level.
    const indent = Math.floor(/^[ \t]*/.exec(line)![0].replaceAll('\t', '    ').length / 2);
    const depth = markers + indent;
    if (depth > MAX_NESTING) return { line: index + 1, depth };
  }
  return undefined;
}
