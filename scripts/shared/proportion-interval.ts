/**
 * How far a proportion measured on a sample can be from the whole: the Wilson score interval
 * (95 % by default). Unlike the textbook p ± 1.96·√(p(1−p)/n) it stays inside 0–1 and does not
 * shrink to nothing at 100 %, which is where accuracy figures on a few hundred labels sit.
 */
export function wilsonInterval(successes: number, total: number, z = 1.96): { low: number; high: number } {
  if (total === 0) return { low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const halfWidth = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
