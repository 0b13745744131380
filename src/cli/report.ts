// npm run report -- <assessment.json> [--lang sv|en] [-o out.pdf]
// Renders the same impact assessment report as the app, in Node, with the
// assessment embedded. Any problem (missing file, invalid JSON, a file that
// fails validation, an unknown language) is told plainly with a non-zero
// exit, and nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { consequenceSummary } from '../assessment/consequence-summary';
import { displayName } from '../assessment/assessment';
import { adoptContentVersion } from '../assessment/earlier';
import { evaluate } from '../assessment/evaluate';
import { parseAssessmentJson } from '../assessment/export-file';
import { embedAssessment } from '../assessment/pdf-embed';
import { createI18n } from '../i18n';
import { formatProblem } from '../i18n/problems';
import { isLanguage, type Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { pdfFileName } from '../report/file-name';
import { renderAssessmentPdf } from '../report/node';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run report -- <assessment.json> [--lang sv|en] [-o out.pdf]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let lang: string = 'sv';
let out: string | undefined;
let input: string | undefined;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  if (arg === '--lang') lang = args[++i] ?? '';
  else if (arg.startsWith('--lang=')) lang = arg.slice(7);
  else if (arg === '-o' || arg === '--out') out = args[++i];
  else if (arg.startsWith('-')) usage(`Unknown option: ${arg}`);
  else if (input) usage('Give one assessment file.');
  else input = arg;
}
if (!input) usage('No assessment file given.');
if (!isLanguage(lang)) usage(`Unknown language "${lang}": use sv or en.`);
const language: Language = lang;

const i18n = createI18n(language);
const t = i18n.t.bind(i18n);
const fail = (lines: string[]): never => {
  console.error(lines.join('\n'));
  process.exit(1);
};

let text = '';
try {
  text = readFileSync(input, 'utf8');
} catch (error) {
  fail([formatProblem(t, { code: 'file.unreadable', path: '$', params: { detail: (error as Error).message } })]);
}
const parsed = parseAssessmentJson(text);
if (!parsed.ok) fail([`${basename(input)}:`, ...parsed.problems.map((p) => `  - ${formatProblem(t, p)}`)]);
const read = parsed.ok ? parsed.value : (undefined as never);
const file = questionnaires.find((q) => q.id === read.questionnaire.id);
if (!file) fail([formatProblem(t, { code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: read.questionnaire.id } })]);
const questionnaire = file!;
// As in the app: answers the current questionnaire version cannot hold are set aside, and printed as such.
const assessment = adoptContentVersion(questionnaire, framework, read);

const result = evaluate(questionnaire, framework, assessment);
const summary = consequenceSummary(questionnaire, framework, assessment.answers, result);
const pdf = await renderAssessmentPdf({ file: questionnaire, framework, assessment, t, lang: language, result, summary });
const bytes = await embedAssessment(new Uint8Array(pdf), assessment);
const target = out ?? pdfFileName(displayName(questionnaire, assessment), language);
writeFileSync(target, bytes);
console.log(target);
