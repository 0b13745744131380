// npm run report -- <assessment.json> [--lang sv|en] [--format pdf|html|docx]
//                   [--appendix unique|all] [--full] [--text] [-o out]
// Renders the same report as the app, in Node: the PDF (with the assessment
// embedded), the HTML page, or the Word beslutsunderlag (`--full`: the whole
// report as Word). `--text` prints the decision text instead, as plain text
// to paste: each block's heading, a blank line, its text; then the short
// variant the same way; a reviewer can read many files that way.
// Any problem (missing file, invalid JSON, a file that fails validation, an
// unknown option or value) is told plainly with a non-zero exit (2 for how
// the command was called, 1 for the file), and nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { displayName } from '../assessment/assessment';
import { decisionText } from '../assessment/decision-text';
import { evaluate } from '../assessment/evaluate';
import { parseAssessmentJson } from '../assessment/export-file';
import { adoptQuestionnaire } from '../assessment/packs';
import { embedAssessment } from '../assessment/pdf-embed';
import { createI18n } from '../i18n';
import { wordDecisionText } from '../i18n/decision-text';
import { formatProblem } from '../i18n/problems';
import { isLanguage, type Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { subjectContext } from '../i18n/subject';
import { reportFileName, type FileFormat } from '../report/file-name';
import type { ReportRequest } from '../report/report-input';

const USAGE =
  'Usage: npm run report -- <assessment.json> [--lang sv|en] [--format pdf|html|docx] [--appendix unique|all] [--full] [--text] [-o out]';
const FORMATS = ['pdf', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];
const APPENDIX = ['unique', 'all'] as const;
type Appendix = (typeof APPENDIX)[number];
/** The language a file name leaves out, as the app leaves out the interface's: Swedish, the default. */
const DEFAULT_LANG: Language = 'sv';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

const args = process.argv.slice(2);
let lang = DEFAULT_LANG as string;
let format = 'pdf';
let appendix = 'unique';
let full = false;
let text = false;
let out: string | undefined;
let input: string | undefined;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = (): string => {
    if (inline !== undefined) return inline;
    // "--lang -o out" lacks the language: do not take the next option for it.
    const next = args[i + 1];
    if (next === undefined || next.startsWith('-')) usage(`${name} needs a value.`);
    i += 1;
    return next;
  };
  if (name === '--lang') lang = value();
  else if (name === '--format') format = value();
  else if (name === '--appendix') appendix = value();
  else if (name === '-o' || name === '--out') out = value();
  else if (arg === '--full') full = true;
  else if (arg === '--text') text = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith('-')) usage(`Unknown option: ${arg}`);
  else if (input) usage('Give one assessment file.');
  else input = arg;
}
if (!input) usage('No assessment file given.');
if (!isLanguage(lang)) usage(`Unknown language "${lang}": use sv or en.`);
if (!oneOf(FORMATS, format)) usage(`Unknown format "${format}": use pdf, html or docx.`);
if (!oneOf(APPENDIX, appendix)) usage(`Unknown appendix "${appendix}": use unique or all.`);
if (full && format !== 'docx') usage('--full is for the Word file: add --format docx.');
const language: Language = lang;
const chosen: Format = format;
const appendixMode: Appendix = appendix;

const i18n = createI18n(language);
const t = i18n.t.bind(i18n);
const fail = (lines: string[]): never => {
  console.error(lines.join('\n'));
  process.exit(1);
};

let source = '';
try {
  source = readFileSync(input, 'utf8');
} catch (error) {
  fail([formatProblem(t, { code: 'file.unreadable', path: '$', params: { detail: (error as Error).message } })]);
}
const parsed = parseAssessmentJson(source);
if (!parsed.ok) fail([`${basename(input)}:`, ...parsed.problems.map((p) => `  - ${formatProblem(t, p)}`)]);
const read = parsed.ok ? parsed.value : (undefined as never);
const shipped = questionnaires.find((q) => q.id === read.questionnaire.id);
if (!shipped) fail([formatProblem(t, { code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: read.questionnaire.id } })]);
// As in the app: answers the current questionnaire version cannot hold are set aside, and printed as such. This command
// has no organisation's question packs, so a pack's answers are set aside too (src/assessment/packs.ts).
const { assessment, file: questionnaire } = adoptQuestionnaire(shipped!, framework, [], read);

const result = evaluate(questionnaire, framework, assessment);
const decision = decisionText(questionnaire, framework, assessment.answers, result);

if (text) {
  const worded = wordDecisionText(t, language, decision);
  const blocks = [...worded.blocks.map((b) => [b.heading, b.text]), [t('cli.short'), worded.short]];
  const plain = `${blocks.map(([heading, body]) => `${heading}\n\n${body}\n`).join('\n')}`;
  if (out) {
    writeFileSync(out, plain);
    console.log(out);
  } else process.stdout.write(plain);
  process.exit(0);
}

const request: ReportRequest = { file: questionnaire, framework, assessment, t, lang: language, result, decision, appendix: appendixMode };

async function render(): Promise<Uint8Array | string> {
  if (chosen === 'html') return (await import('../report/html')).assessmentHtml(request);
  if (chosen === 'docx') return (await import('../report/docx/node')).renderDecisionDocx(request, full ? 'full' : 'decision');
  const pdf = await (await import('../report/node')).renderAssessmentPdf(request);
  // The PDF doubles as a save file, as the app's does.
  return embedAssessment(new Uint8Array(pdf), assessment);
}

const ext: FileFormat = chosen;
const target = out ?? reportFileName(displayName(questionnaire, assessment), language, ext, DEFAULT_LANG, subjectContext(questionnaire));
writeFileSync(target, await render());
console.log(target);
