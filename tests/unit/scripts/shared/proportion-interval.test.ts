import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../../scripts/shared/proportion-interval.ts';

describe('wilsonInterval', () => {
  it('gives the published interval for 81 of 263 (Newcombe 1998, method 3: 0.2553–0.3662)', () => {
    const { low, high } = wilsonInterval(81, 263);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
  });

  it('does not claim certainty from a perfect small sample', () => {
    const { low, high } = wilsonInterval(72, 72);
    expect(high).toBe(1);
    expect(low).toBeLessThan(0.96);
    expect(low).toBeGreaterThan(0.9);
  });

  it('narrows as the sample grows', () => {
    const small = wilsonInterval(47, 50);
    const large = wilsonInterval(940, 1000);
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 3);
  });

  it('knows nothing from no sample', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});
