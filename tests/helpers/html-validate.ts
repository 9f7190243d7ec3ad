/** html-validate as the built-site tests run it: the recommended rules, less those the site departs from on purpose. */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's scoped styles are fine; long Thai attribute values are content.
    'no-inline-style': 'off',
    'long-title': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // HTML allows any id without spaces; Thai heading ids carry tone marks.
    'valid-id': ['error', { relaxed: true }],
  },
});

/** Each problem as `<label>:<line> <rule> <message>`. */
export async function htmlProblems(html: string, label: string): Promise<string[]> {
  const report = await validator.validateString(html, label);
  return report.results.flatMap((result) => result.messages.map((m) => `${label}:${m.line} ${m.ruleId} ${m.message}`));
}
