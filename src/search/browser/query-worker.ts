/**
 * The words of a query from ICU's Thai segmenter, run in a worker. Making the segmenter
 * is one long task (about 190 ms in Lighthouse's phone profile), which on the main thread
 * held up everything the reader does on the search page. The worker is the search module
 * itself, loaded again: thai-search.ts calls answerQueriesInWorker() as it loads.
 */
import { queryWords } from '@/search/common/segment.ts';

interface Asked {
  id: number;
  query: string;
}
interface Answered {
  id: number;
  words: string[];
}

/** The words of what a reader typed; quotes are the reader's, not part of words. */
export const wordsOfQuery = (query: string): string[] => queryWords(query.replaceAll('"', ' '));

type Scope = {
  addEventListener(type: 'message', listener: (event: MessageEvent<Asked>) => void): void;
  postMessage(message: Answered): void;
};

/** In a worker (no document; importScripts exists only there), answers queries; true there. */
export function answerQueriesInWorker(): boolean {
  if (typeof document !== 'undefined' || typeof (globalThis as { importScripts?: unknown }).importScripts !== 'function')
    return false;
  const scope = globalThis as unknown as Scope;
  scope.addEventListener('message', ({ data }) => scope.postMessage({ id: data.id, words: wordsOfQuery(data.query) }));
  return true;
}

let worker: Worker | null | undefined;
let asked = 0;
const waiting = new Map<number, { query: string; answer: (words: string[]) => void }>();

/** Starts the worker (the module at `moduleUrl`) and has it make its segmenter while the page does other things. */
export function startQueryWorker(moduleUrl: string): void {
  if (worker !== undefined) return;
  try {
    worker = new Worker(moduleUrl, { type: 'module' });
  } catch {
    worker = null;
    return;
  }
  worker.addEventListener('message', ({ data }: MessageEvent<Answered>) => {
    waiting.get(data.id)?.answer(data.words);
    waiting.delete(data.id);
  });
  // A worker that cannot start (an old browser, a policy): the page segments, as before.
  worker.addEventListener('error', () => {
    worker = null;
    for (const { query, answer } of waiting.values()) answer(wordsOfQuery(query));
    waiting.clear();
  });
  void queryWordsOffThread('');
}

/** The words of `query`, from the worker once started, else segmented here. */
export function queryWordsOffThread(query: string): Promise<string[]> {
  if (!worker) return Promise.resolve(wordsOfQuery(query));
  const id = ++asked;
  const answered = new Promise<string[]>((answer) => waiting.set(id, { query, answer }));
  worker.postMessage({ id, query } satisfies Asked);
  return answered;
}
