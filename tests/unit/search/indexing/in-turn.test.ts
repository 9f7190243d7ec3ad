import { describe, expect, it } from 'vitest';
import { inTurn } from '@/search/indexing/in-turn.ts';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('tasks that share one resource', () => {
  it('run one after another, even when started together, and each gets its own answer', async () => {
    const events: string[] = [];
    const task = (name: string) => async (): Promise<string> => {
      events.push(`${name} starts`);
      await tick();
      events.push(`${name} ends`);
      return name;
    };
    expect(await Promise.all([inTurn('test:one', task('a')), inTurn('test:one', task('b'))])).toEqual(['a', 'b']);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('go on after a task fails, which still fails for its caller', async () => {
    const failing = inTurn('test:two', async () => {
      throw new Error('broken release');
    });
    const next = inTurn('test:two', async () => 'indexed');
    await expect(failing).rejects.toThrow('broken release');
    expect(await next).toBe('indexed');
  });

  it('do not wait for tasks under another key', async () => {
    let release: () => void = () => undefined;
    void inTurn('test:slow', () => new Promise<void>((resolve) => (release = resolve)));
    expect(await inTurn('test:other', async () => 'not blocked')).toBe('not blocked');
    release();
  });
});
