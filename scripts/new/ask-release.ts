/**
 * Gathers the answers of `npm run new`: each flag given is read first; on a terminal every
 * answer still missing or refused is asked for, one question at a time, and asked again
 * with a hint until it is right, keeping the answers given before. Ctrl+D or Ctrl+C cancels.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { ministries } from '@/release/registries.ts';
import { QUESTIONS, type Context, type NewRelease } from './answers.ts';

/** The editor left (Ctrl+D, Ctrl+C, or the input ended) before the last answer. */
export class Cancelled extends Error {}

/** Answers refused where nobody can be asked: every hint, one after another. */
export class RefusedAnswers extends Error {}

export interface Terminal {
  input: Readable;
  output: Writable;
  /** readline's line editing (a real terminal); off for a plain stream. */
  terminal?: boolean;
}

/** Text given for a question beforehand (a flag); undefined when it was not given. */
export type Given = Partial<Record<keyof NewRelease, string | undefined>>;

/**
 * @param ask the terminal to ask on, or undefined to take the flags and the defaults alone.
 * @param log where to say how a name or date was read (`เกษตร → agriculture …`).
 */
export async function gatherAnswers(
  given: Given,
  context: Context,
  ask: Terminal | undefined,
  log: Writable,
): Promise<NewRelease> {
  const rl = ask && createInterface({ input: ask.input, output: ask.output, terminal: ask.terminal ?? false });
  const answers: Partial<NewRelease> = {};
  const refused: string[] = [];
  try {
    for (const question of QUESTIONS) {
      if (question.needs?.some((key) => answers[key] === undefined)) continue;
      if (rl && question.key === 'ministry' && given.ministry === undefined) ask.output.write(MINISTRY_LIST);
      let text = given[question.key] ?? (rl ? undefined : question.fallback?.(answers, context));
      for (;;) {
        if (text === undefined) {
          if (!rl) {
            refused.push(`--${question.flag}: ต้องระบุ / --${question.flag} is required`);
            break;
          }
          const fallback = question.fallback?.(answers, context);
          text = (await questionOf(rl, `${question.prompt}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '';
        }
        const answer = question.read(text, answers, context);
        if (answer.ok) {
          (answers as Record<string, unknown>)[question.key] = answer.value;
          if (answer.read) log.write(`  ${answer.read}\n`);
          break;
        }
        if (!rl) {
          refused.push(`--${question.flag}: ${answer.hint}`);
          break;
        }
        ask.output.write(`${answer.hint}\n`);
        text = undefined;
      }
    }
  } finally {
    rl?.close();
  }
  if (refused.length) throw new RefusedAnswers(refused.join('\n'));
  return answers as NewRelease;
}

const MINISTRY_LIST = `${ministries.map((m) => `  ${m.slug.padEnd(20)} ${m.nameTh}`).join('\n')}\n`;

/** One answer, or Cancelled when the editor presses Ctrl+D or Ctrl+C, or the input ends. */
export function questionOf(rl: Interface, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const cancel = (): void => reject(new Cancelled());
    rl.once('close', cancel);
    // A closed interface (the input ended between questions) refuses at once: cancelled too.
    Promise.resolve()
      .then(() => rl.question(prompt))
      .then(
        (answer) => {
          rl.off('close', cancel);
          resolve(answer);
        },
        // readline rejects with an AbortError on Ctrl+D and Ctrl+C at a terminal.
        () => cancel(),
      );
  });
}
