/**
 * Asks on a terminal, after the other answers of `npm run new`, for the lead photo, its alt
 * text and its caption; each answer is checked as it is given and asked again with the
 * reason. Ctrl+D or Ctrl+C cancels, as for the other answers.
 */
import { createInterface } from 'node:readline/promises';
import { altTextProblem } from '@/release/photo-rules.ts';
import { RefusedAnswers, questionOf, type Terminal } from './ask-release.ts';
import { readLeadPhoto, type LeadPhoto } from './lead-photo.ts';

export async function askLeadPhoto(terminal: Terminal): Promise<LeadPhoto | undefined> {
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: terminal.terminal ?? false });
  const say = (text: string): void => void terminal.output.write(`${text}\n`);
  try {
    const ask = async (prompt: string): Promise<string> => (await questionOf(rl, prompt)).trim();
    let photo: LeadPhoto | undefined;
    while (!photo) {
      const source = fromTerminal(await ask('ภาพหลัก: ไฟล์ภาพ (เว้นว่างถ้าไม่มี) / lead photo: the photo file (empty for none): '));
      if (!source) return undefined;
      photo = await readLeadPhoto(source, '').catch((error: unknown) => {
        if (!(error instanceof RefusedAnswers)) throw error;
        say(error.message);
        return undefined;
      });
    }
    let alt = await ask(ALT_PROMPT);
    for (let problem = altTextProblem(alt, photo.source, 'th', 'the photo'); problem;) {
      say(problem);
      alt = await ask(ALT_PROMPT);
      problem = altTextProblem(alt, photo.source, 'th', 'the photo');
    }
    const caption = await ask('คำอธิบายใต้ภาพ (เว้นว่างได้) / caption (optional): ');
    return { ...photo, image: { ...photo.image, alt, ...(caption ? { caption } : {}) } };
  } finally {
    rl.close();
  }
}

const ALT_PROMPT = 'คำบรรยายแทนภาพ: ในภาพมีใคร ทำอะไร ที่ไหน / alt text: who, doing what, where, in Thai: ';

/** A file dragged onto a terminal arrives quoted ('/a b.jpg') or with its spaces escaped (/a\ b.jpg). */
function fromTerminal(answer: string): string {
  return answer.replace(/^(['"])(.*)\1$/, '$2').replaceAll('\\ ', ' ');
}
