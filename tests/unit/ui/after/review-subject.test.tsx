// The peer review's words follow what the questionnaire assesses. In an
// audit of a service the user's own work is already "granskningen", so its
// review reads as a "kvalitetsgranskning" ("Kvalitetsgranska granskningen",
// "Granskningen har inte kvalitetsgranskats"); a proposal's wording is
// unchanged. Both languages, through the same wiring the app uses: the
// session's "Efter beslutet" block, the reviewer's start and sign-off, the
// saved list's line and the import's differences.
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewRound } from '../../../../src/assessment/after/review';
import { newAssessment, type Assessment } from '../../../../src/assessment/assessment';
import { usePeerReviewSession } from '../../../../src/app/use-peer-review';
import { afterDecision } from '../../../../src/app/saved-data';
import { createI18n } from '../../../../src/i18n';
import { subjectContext } from '../../../../src/i18n/subject';
import type { Language } from '../../../../src/i18n/languages';
import { questionnaires } from '../../../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../../../src/questionnaire/schema';
import { AfterLines } from '../../../../src/ui/after/saved-lines';
import { ReviewSignOff } from '../../../../src/ui/after/review-sign-off';
import { ReviewStart } from '../../../../src/ui/after/review-start';
import { differencesContext, ImportDifferences } from '../../../../src/ui/home/import-differences';
import { Subject } from '../../../../src/ui/subject';
import { importDifferences } from '../../../../src/app/saved-data';

const audit = questionnaires.find((q) => q.subject === 'service')!;
const proposal = questionnaires.find((q) => q.subject !== 'service')!;

const inReview: ReviewRound = {
  reviewer: { name: 'Sara Lind', role: '' },
  startedAt: '2026-03-13T08:00:00.000Z',
  revision: 3,
  steps: {},
};

function withTexts(lang: Language, node: ReactNode) {
  const i18n = createI18n(lang, [initReactI18next]);
  return render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

function record(file: QuestionnaireFile, review: ReviewRound[]): Assessment {
  return { ...newAssessment(file, 'a1', new Date('2026-03-01T10:00:00.000Z')), review };
}

/** "Efter beslutet" as the open assessment's session builds it. */
function Session({ file, initial }: { file: QuestionnaireFile; initial: Assessment }) {
  const { after } = usePeerReviewSession({ file, initial, change: () => undefined, readOnly: false, onStep: vi.fn<(id: string) => void>(), currentRecord: () => initial });
  return after;
}

// What each language says, for the audit and for the proposal (whose wording is as before).
const WORDS = {
  sv: {
    audit: { none: 'Ingen har kvalitetsgranskat granskningen.', link: 'Kvalitetsgranska granskningen', heading: 'Kvalitetsgranskning', inReview: 'Sara Lind kvalitetsgranskar granskningen. Kvalitetsgranskningen är inte signerad.', round: 'Kvalitetsgranskning, omgång 1', start: 'Börja kvalitetsgranskningen', signOff: 'Signera kvalitetsgranskningen', line: 'Kvalitetsgranskning pågår' },
    proposal: { none: 'Ingen har granskat bedömningen.', link: 'Granska bedömningen', heading: 'Granskning', inReview: 'Sara Lind granskar bedömningen. Granskningen är inte signerad.', round: 'Granskningsomgång 1', start: 'Börja granskningen', signOff: 'Signera granskningen', line: 'Granskning pågår' },
  },
  en: {
    audit: { none: 'Nobody has reviewed the audit.', link: 'Review the audit', heading: 'Review', inReview: 'Sara Lind is reviewing the audit. The review is not signed off.', round: 'Review round 1', start: 'Start the review', signOff: 'Sign off the review', line: 'Review in progress' },
    proposal: { none: 'Nobody has reviewed the assessment.', link: 'Review the assessment', heading: 'Review', inReview: 'Sara Lind is reviewing the assessment. The review is not signed off.', round: 'Review round 1', start: 'Start the review', signOff: 'Sign off the review', line: 'Review in progress' },
  },
} as const;

describe.each(['sv', 'en'] as const)('peer review wording (%s)', (lang) => {
  describe.each([
    ['audit', audit],
    ['proposal', proposal],
  ] as const)('%s', (kind, file) => {
    const words = WORDS[lang][kind];

    it('"Efter beslutet" names the work and its review as the questionnaire does', () => {
      const { unmount } = withTexts(lang, <Session file={file} initial={record(file, [])} />);
      expect(screen.getByRole('heading', { level: 3, name: words.heading })).toBeInTheDocument();
      expect(screen.getByText(words.none)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: words.link })).toBeInTheDocument();
      unmount();
      withTexts(lang, <Session file={file} initial={record(file, [inReview])} />);
      expect(screen.getByText(words.inReview)).toBeInTheDocument();
      // The list of rounds inside the block takes the same wording.
      expect(screen.getByRole('region', { name: words.round })).toBeInTheDocument();
    });

    it("the reviewer's start and sign-off say which review it is", () => {
      withTexts(
        lang,
        <Subject.Provider value={subjectContext(file)}>
          <ReviewStart again={false} saving={false} onStart={vi.fn<() => void>()} />
          <ReviewSignOff value={{ name: '', role: '', date: '2026-03-13', outcome: '' }} onChange={vi.fn<() => void>()} errors={{}} />
        </Subject.Provider>,
      );
      expect(screen.getByRole('heading', { name: words.start })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: words.signOff })).toBeInTheDocument();
    });

    it("the saved list's line on the review", async () => {
      const after = afterDecision(file, record(file, [inReview]), '2026-03-14');
      const i18n = createI18n(lang, [initReactI18next]);
      await i18n.loadNamespaces('ui');
      const { container } = render(
        <I18nextProvider i18n={i18n}>
          <AfterLines after={after} />
        </I18nextProvider>,
      );
      expect(within(container).getByText(words.line)).toBeInTheDocument();
    });
  });
});

describe('import differences', () => {
  const here = (file: QuestionnaireFile) => record(file, []);
  const incoming = (file: QuestionnaireFile) => ({ ...record(file, [inReview]), updatedAt: '2026-03-14T10:00:00.000Z' });

  it('an audit carries its context and names the review round as a "kvalitetsgranskning"', () => {
    const d = importDifferences(incoming(audit), here(audit))!;
    expect(differencesContext(d)).toBe('service');
    withTexts('sv', <ImportDifferences differences={d} fileName="a.json" />);
    expect(screen.getByText(/^Omgång 1 av kvalitetsgranskningen \(Sara Lind, påbörjad .+\) finns bara i filen\.$/)).toBeInTheDocument();
  });

  it("a proposal's sentence is as before", () => {
    const d = importDifferences(incoming(proposal), here(proposal))!;
    expect(differencesContext(d)).toBeUndefined();
    withTexts('en', <ImportDifferences differences={d} fileName="a.json" />);
    expect(screen.getByText(/^Review round 1 \(Sara Lind, begun .+\) is only in the file\.$/)).toBeInTheDocument();
  });
});
