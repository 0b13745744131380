/**
 * What `npm run check` prints for one assessment, as lines of text: per
 * recommendation its status and share, why the status was held at "partly
 * met" if it was, why, where what the user answered and what the assessment
 * shows differ (the criterion, the answer, how it counts, the note and the
 * evidence), and its findings; then every finding with its severity and the
 * recommendations it concerns; the knowledge gaps; and the serious findings
 * the assessment was completed with, and the user's reason. Worded by the
 * report's pure modules (section-data.ts, wording.ts), so the terminal, the
 * PDF, the HTML report and the results page say the same. No I/O.
 */
import type { Assessment } from '../assessment/assessment';
import type { AssessmentResult } from '../assessment/result';
import type { Language } from '../i18n/resources';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { subjectContext, withSubject } from '../i18n/subject';
import { reportInput } from '../report/report-input';
import {
  cappedText,
  checkNotApplicable,
  differences,
  differencesHeading,
  findingKicker,
  findingLine,
  findingsOf,
  knownGapsData,
  otherReasons,
  recommendationHeading,
  shareText,
  type SectionCtx,
} from '../report/section-data';
import type { Translate } from '../report/types';
import { wording } from '../report/wording';

export interface CheckInput {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: Assessment;
  /** `evaluate(file, framework, assessment)`: read, never recomputed. */
  result: AssessmentResult;
  t: Translate;
  lang: Language;
}

const INDENT = '  ';
const bullet = (depth: number, text: string) => `${INDENT.repeat(depth)}- ${text}`;
const line = (depth: number, text: string) => `${INDENT.repeat(depth)}${text}`;

export function checkLines({ file, framework, assessment, result, t: plain, lang }: CheckInput): string[] {
  // An audit's criteria and reasons read as an audit's, as in the report (`_service` variants).
  const t = withSubject(plain, subjectContext(file));
  const ctx: SectionCtx = { t, lang, w: wording(t, lang), depth: result.depth };
  const { w } = ctx;
  const props = reportInput({ file, framework, assessment, result, decision: { blocks: [], short: [] }, t, lang });
  const out: string[] = [props.title.trim() || t('report.untitled'), line(0, `${t('report.cover.questionnaire')}: ${t('report.cover.versioned', { title: props.meta.questionnaireTitle, version: props.meta.contentVersion })}`), ''];

  out.push(t('report.sections.check'));
  const notApplicable = checkNotApplicable(result);
  if (notApplicable) out.push(line(1, w.reason(notApplicable)));
  else {
    for (const rec of result.recommendations) {
      const findings = findingsOf(result, rec);
      out.push('', line(1, recommendationHeading(ctx, rec)));
      const share = rec.share === null ? '' : ` ${shareText(ctx, rec.share)}`;
      out.push(line(2, `${t('results.statusLabel')} ${w.status(rec.status)}.${share}`));
      const capped = cappedText(ctx, rec);
      if (capped) out.push(line(2, capped));
      const reasons = otherReasons(rec);
      if (reasons.length) out.push(line(2, t('results.reasonsHeading')), ...reasons.map((r) => bullet(3, w.reason(r))));
      const differ = differences(ctx, rec);
      if (differ.length) {
        out.push(line(2, differencesHeading(ctx, differ.length)));
        for (const d of differ) out.push(bullet(3, d.criterion), line(4, d.claim), ...d.why.map((why) => line(4, why)));
      }
      if (findings.length) out.push(line(2, t('report.check.findings')), ...findings.map((f) => bullet(3, findingLine(ctx, f))));
    }
  }

  out.push('', t('results.findingsHeading'));
  if (!result.findings.length) out.push(line(1, t('results.findingsEmpty')));
  else {
    out.push(line(1, t('results.findingsIntro', { count: result.findings.length })));
    for (const f of result.findings) out.push(bullet(1, findingKicker(ctx, f)), line(2, w.findingTitle(f)));
  }

  out.push('', t('results.gapsHeading'));
  if (!result.knowledgeGaps.length) out.push(line(1, t('results.gapsEmpty')));
  else {
    for (const { ref } of result.knowledgeGaps) {
      const item = ref.itemId ? props.parts.itemTitles[ref.itemId] : undefined;
      out.push(bullet(1, [w.refLabel(ref), t('results.gapStep', { step: w.stepTitle(ref.stepId) }), ...(item ? [t('results.gapItem', { item })] : [])].join(' · ')));
    }
  }

  const known = knownGapsData(ctx, result);
  if (known) {
    out.push('', t('report.sections.knownGaps'), line(1, known.intro), line(1, `${known.reasonLabel} ${t('summaryText.quote', { name: known.reason })}`), ...known.findings.map((f) => bullet(1, f)));
  }
  return out;
}
