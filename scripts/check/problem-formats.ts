/** How `npm run check` prints problems: for people, for tools (JSON), for GitHub Actions. */
import { formatProblem, isError, isNotice, type ReleaseProblem } from '@/release/problems.ts';
import type { CheckResult } from './check-releases.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function formatResult(result: CheckResult, format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ checked: result.checked, problems: result.problems }, null, 2);
    case 'github':
      return [...result.problems.map(githubAnnotation), summary(result)].join('\n');
    case 'text':
      return [...result.problems.map(formatProblem), summary(result)].join('\n');
  }
}

function summary({ checked, problems }: CheckResult): string {
  const errors = problems.filter(isError);
  const scheduled = problems.filter(isNotice).length;
  const warnings = problems.length - errors.length - scheduled;
  const warned =
    (warnings ? `, คำเตือน ${warnings} รายการ / ${warnings} warning(s)` : '') +
    (scheduled ? `, ตั้งเวลาเผยแพร่ ${scheduled} ข่าว / ${scheduled} scheduled` : '');
  if (errors.length === 0) return `ตรวจแล้ว ${checked} ข่าว ไม่พบปัญหา / ${checked} release(s) checked, no problems${warned}`;
  const files = new Set(errors.map((p) => p.file)).size;
  return `พบปัญหา ${errors.length} รายการใน ${files} ไฟล์ / ${errors.length} problem(s) in ${files} file(s) (${checked} release(s) checked)${warned}`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message */
function githubAnnotation(problem: ReleaseProblem): string {
  const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = problem.field ? `release field ${problem.field}` : 'release file';
  const message = problem.fix ? `${problem.message}\nแก้เป็น / write instead: ${problem.fix}` : problem.message;
  return `::${problem.severity ?? 'error'} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(title)}::${data(message)}`;
}
