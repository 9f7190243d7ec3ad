/** Thai years count from the Buddhist era, 543 years ahead of the Gregorian: 2017 is พ.ศ. 2560. */

const OFFSET = 543;

export function buddhistYear(gregorianYear: number): number {
  return gregorianYear + OFFSET;
}

export function gregorianYear(buddhistYear: number): number {
  return buddhistYear - OFFSET;
}
