// npm run check -- <assessment.json|report.pdf|report.html> [--lang sv|en] [--json]
// For someone reviewing filed assessments: reads an assessment file, or the
// assessment embedded in a PDF or HTML report made by this tool, through the
// app's own import (src/app/import-file.ts), evaluates it and prints, per
// recommendation, the status, what was claimed and what was shown, the
// findings, the knowledge gaps and any known gaps it was completed with
// (check-text.ts). `--json` prints the result object and nothing else.
// Exit 0 for a readable file, whatever the result; 1 for a file that cannot
// be read or imported (the import's problems, in the chosen language); 2 for
// a misused command.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readAssessmentFile } from '../app/import-file';
import { evaluate } from '../assessment/evaluate';
import { createI18n } from '../i18n';
import { formatProblem } from '../i18n/problems';
import { isLanguage, type Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { checkLines } from './check-text';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run check -- <assessment.json|report.pdf|report.html> [--lang sv|en] [--json]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let lang = 'sv';
let json = false;
let input: string | undefined;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  if (arg === '--lang') lang = args[++i] ?? '';
  else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  else if (arg === '--json') json = true;
  else if (arg.startsWith('-')) usage(`Unknown option: ${arg}`);
  else if (input) usage('Give one file.');
  else input = arg;
}
if (!input) usage('No file given.');
if (!isLanguage(lang)) usage(`Unknown language "${lang}": use sv or en.`);
const language: Language = lang;
const path = input;

const i18n = createI18n(language);
const t = i18n.t.bind(i18n);
const fail = (lines: string[]): never => {
  console.error(lines.join('\n'));
  process.exit(1);
};

let bytes = new Uint8Array();
try {
  bytes = new Uint8Array(readFileSync(path));
} catch (error) {
  fail([formatProblem(t, { code: 'file.unreadable', path: '$', params: { detail: (error as Error).message } })]);
}
const parsed = await readAssessmentFile(new Blob([bytes]));
if (!parsed.ok) fail([`${basename(path)}:`, ...parsed.problems.map((p) => `  - ${formatProblem(t, p)}`)]);
const assessment = parsed.ok ? parsed.value : (undefined as never);
// readAssessmentFile refuses an assessment of a questionnaire this version does not ship.
// Without the organisation's question packs here, their answers were set aside on reading: the shipped questionnaire is the one.
const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
const result = evaluate(file, framework, assessment);

if (json) console.log(JSON.stringify(result, null, 2));
else console.log(checkLines({ file, framework, assessment, result, t, lang: language }).join('\n'));
