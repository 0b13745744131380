// npm run validate -- <file.json> [more files] [--lang sv|en]
// Exit 0 when every file is valid; 1 with a list of problems (JSON path and a
// plain-language message) otherwise; 2 when the command itself is misused.
import { readFileSync } from 'node:fs';
import { createI18n } from '../i18n';
import { isLanguage } from '../i18n/resources';
import { formatProblem } from '../i18n/problems';
import { validateContent } from './validate-content';

const args = process.argv.slice(2);
let lang = 'sv';
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg === '--lang') lang = args[++i] ?? '';
  else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  else files.push(arg);
}
if (!isLanguage(lang) || files.length === 0) {
  console.error('Usage: npm run validate -- <file.json> [more files] [--lang sv|en]');
  process.exit(2);
}

const i18n = createI18n(lang);
const t = i18n.t.bind(i18n);
let invalid = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    invalid += 1;
    console.log(`✗ ${file}`);
    console.log(`  ${formatProblem(t, { code: 'file.unreadable', path: '$', params: { detail: (error as Error).message } })}`);
    continue;
  }
  const { kind, problems } = validateContent(text);
  if (problems.length === 0) {
    console.log(`✓ ${t('cli.valid', { file, kind: t(`cli.kinds.${kind}`) })}`);
    continue;
  }
  invalid += 1;
  console.log(`✗ ${t('cli.invalid', { file, count: problems.length })}`);
  for (const problem of problems) console.log(`  - ${formatProblem(t, problem)}`);
}
process.exit(invalid === 0 ? 0 : 1);
