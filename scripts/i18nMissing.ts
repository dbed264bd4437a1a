/**
 * A translator's check: lists, for each language (or those named), the English keys its catalogue
 * lacks and the texts whose placeholders differ. Runs without the typecheck, so it works on a
 * catalogue still being written. Usage: npm run i18n:missing [-- zh]
 */
import { missingKeys, placeholderMismatches } from '../src/core/i18n/catalogueCheck';
import { LANGUAGES } from '../src/core/i18n/languages';

const wanted = process.argv.slice(2);
let problems = 0;
for (const { id, load } of LANGUAGES) {
  if (wanted.length > 0 && !wanted.includes(id)) continue;
  const catalogue = await load();
  const missing = missingKeys(catalogue);
  const mismatched = placeholderMismatches(catalogue);
  problems += missing.length + mismatched.length;
  process.stdout.write(`${id}: ${missing.length} missing, ${mismatched.length} with other placeholders\n`);
  for (const key of missing) process.stdout.write(`  missing ${key}\n`);
  for (const line of mismatched) process.stdout.write(`  ${line}\n`);
}
process.exit(problems > 0 ? 1 : 0);
