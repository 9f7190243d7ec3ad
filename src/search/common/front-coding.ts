/**
 * Sorted words written front-coded, for the search module: each word as how much it shares
 * with the one before it and the rest of it. Neighbours in a sorted list share most of their
 * start (ความ…, ความร่วม…), so at 100,000 releases the index's chunk starts take a third of
 * the bytes of a JSON array: they are in every first query's download.
 */
const SEPARATOR = '\n';
/** A shared length is one character from here on: 0 is '0', 10 is ':'. */
const LENGTH_BASE = 0x30;
/** Below the first surrogate and clear of the separator: no word shares more with its neighbour. */
const MAX_SHARED = 0xd7ff - LENGTH_BASE;

export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      if (word.includes(SEPARATOR)) throw new Error(`a word to front-code holds a line break: ${JSON.stringify(word)}`);
      let shared = 0;
      const most = Math.min(word.length, previous.length, MAX_SHARED);
      while (shared < most && word[shared] === previous[shared]) shared++;
      // Never split a surrogate pair: the rest then starts on a whole character.
      if (shared > 0 && /[\uD800-\uDBFF]/.test(word[shared - 1]!)) shared--;
      previous = word;
      return String.fromCharCode(LENGTH_BASE + shared) + word.slice(shared);
    })
    .join(SEPARATOR);
}

export function frontDecode(coded: string): string[] {
  if (coded === '') return [];
  let previous = '';
  return coded.split(SEPARATOR).map((entry) => {
    previous = previous.slice(0, entry.charCodeAt(0) - LENGTH_BASE) + entry.slice(1);
    return previous;
  });
}
