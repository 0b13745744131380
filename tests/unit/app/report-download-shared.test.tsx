// The report's and a follow-up's downloads are one download area
// (src/app/report-download.tsx), so a fix to its worker job, stages, cancel,
// saving or status line reaches both: each caller only hands it its words
// and the job it posts. The area itself is replaced here by a stand-in that
// records what it was given.
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { FollowUpReportButtons } from '../../../src/app/follow-up-report-buttons';
import { PdfButton } from '../../../src/app/pdf-button';
import type { DownloadTexts } from '../../../src/app/report-download';
import type { LanguageTexts } from '../../../src/i18n/instance';
import type { Language } from '../../../src/i18n/languages';
import type { AnyJob, ReportKind } from '../../../src/report/worker/protocol';
import { CASES, caseAssessment, file, framework } from '../../fixtures/cases';

interface Given {
  languageLabel: string;
  texts: Record<ReportKind, DownloadTexts>;
  job: (kind: ReportKind, lang: Language, texts: LanguageTexts, interfaceLang: Language) => AnyJob;
}
const given: Given[] = [];

vi.mock('../../../src/app/report-download', () => ({
  ReportDownloads: (props: Given) => {
    given.push(props);
    return null;
  },
}));

const library = caseAssessment(CASES[0]!);
const result = evaluate(file, framework, { answers: library.answers });
const decision = decisionText(file, framework, library.answers, result);
const texts = { ui: {} } as unknown as LanguageTexts;

beforeEach(() => {
  given.length = 0;
});

describe('one download area for the report and the follow-up', () => {
  it('draws the report’s buttons with the report’s words, and posts a report job with the assessment read at the click', () => {
    let reads = 0;
    const current = (): Assessment => {
      reads += 1;
      return library;
    };
    render(<PdfButton file={file} framework={framework} assessment={current} result={result} decision={decision} />);
    const area = given.at(-1)!;
    expect(area.languageLabel).toBe('pdf.language');
    expect(area.texts.html).toEqual({ download: 'htmlReport.download', failed: 'htmlReport.failed', hint: 'htmlReport.hint' });
    expect(reads).toBe(0);
    expect(area.job('docx', 'en', texts, 'sv')).toEqual({ kind: 'docx', request: { file, framework, assessment: library, lang: 'en', result, decision }, texts, interfaceLang: 'sv' });
    expect(reads).toBe(1);
  });

  it('draws the follow-up’s buttons with the addendum’s words, and posts a follow-up job for the follow-up shown', () => {
    render(<FollowUpReportButtons file={file} assessment={library} followUpId="f-1" />);
    const area = given.at(-1)!;
    expect(area.languageLabel).toBe('followUpReport.language');
    expect(area.texts.pdf).toEqual({ download: 'followUpReport.download.pdf', failed: 'followUpReport.failed.pdf' });
    expect(area.job('pdf', 'sv', texts, 'en')).toEqual({ document: 'follow-up', kind: 'pdf', request: { file, assessment: library, followUpId: 'f-1', lang: 'sv' }, texts, interfaceLang: 'en' });
  });
});
