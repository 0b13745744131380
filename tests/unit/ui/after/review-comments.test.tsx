// The assessor's side of a peer review in jsdom: the reviewer's comment on a
// step with a reply field while the assessment is returned, nothing on a step
// without a verdict, and "Efter beslutet" saying where the review stands and
// offering "Skicka för ny granskning" only once every comment has a reply.
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewRound } from '../../../../src/assessment/after/review';
import { createI18n } from '../../../../src/i18n';
import { AfterDecision } from '../../../../src/ui/after/review-after-decision';
import { ReviewComments } from '../../../../src/ui/after/review-comments';
import { PeerReviewContext, type PeerReviewValue } from '../../../../src/ui/after/review-context';

const returned: ReviewRound = {
  reviewer: { name: 'Sara Lind', role: 'Folkhälsostrateg' },
  startedAt: '2026-03-13T08:00:00.000Z',
  revision: 3,
  steps: {
    basics: { verdict: 'acceptable', comment: '', at: '2026-03-13T08:05:00.000Z' },
    groups: { verdict: 'needs-improvement', comment: 'Äldre utan dator saknas.', at: '2026-03-13T08:10:00.000Z' },
  },
  signOff: { name: 'Sara Lind', role: 'Folkhälsostrateg', date: '2026-03-13', outcome: 'returned', at: '2026-03-13T08:30:00.000Z' },
};

function withTexts(node: ReactNode) {
  const i18n = createI18n('sv', [initReactI18next]);
  return render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

describe('review comments on a step', () => {
  const value = (onReply = vi.fn<(stepId: string, text: string) => void>()): PeerReviewValue => ({ rounds: [returned], onReply, onResubmit: vi.fn<() => void>(), readOnly: false });

  it('shows the verdict and comment in words, and saves the reply', () => {
    const onReply = vi.fn<(stepId: string, text: string) => void>();
    withTexts(
      <PeerReviewContext.Provider value={value(onReply)}>
        <ReviewComments stepId="groups" />
      </PeerReviewContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Granskarens kommentar (Sara Lind)' })).toBeInTheDocument();
    expect(screen.getByText('Behöver förbättras')).toBeInTheDocument();
    expect(screen.getByText('Äldre utan dator saknas.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Ditt svar'), { target: { value: 'Tillagt som egen grupp.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara svaret' }));
    expect(onReply).toHaveBeenCalledWith('groups', 'Tillagt som egen grupp.');
    expect(screen.getByText('Svaret är sparat.')).toBeInTheDocument();
  });

  it('shows nothing on a step the reviewer gave no verdict, and no reply field once approved or read-only', () => {
    const { container, rerender } = withTexts(
      <PeerReviewContext.Provider value={value()}>
        <ReviewComments stepId="measures" />
      </PeerReviewContext.Provider>,
    );
    expect(container).toBeEmptyDOMElement();
    const i18n = createI18n('sv', [initReactI18next]);
    rerender(
      <I18nextProvider i18n={i18n}>
        <PeerReviewContext.Provider value={{ ...value(), readOnly: true }}>
          <ReviewComments stepId="groups" />
        </PeerReviewContext.Provider>
      </I18nextProvider>,
    );
    expect(screen.getByText('Äldre utan dator saknas.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Ditt svar')).toBeNull();
  });
});

describe('Efter beslutet', () => {
  const props = {
    steps: [
      { id: 'basics', title: 'Grunduppgifter' },
      { id: 'groups', title: 'Berörda grupper' },
    ],
    followUpCount: 0,
    today: '2026-05-01',
    hrefs: { peerReview: '#/a/x/peer-review', decision: '#/a/x/decision', followUp: '#/a/x/follow-up' },
    onStep: vi.fn<(stepId: string) => void>(),
    readOnly: false,
  };

  it('says the assessment is returned, how many comments wait, and keeps resubmission until each has a reply', () => {
    const onResubmit = vi.fn<() => void>();
    const { rerender } = withTexts(<AfterDecision {...props} rounds={[returned]} onResubmit={onResubmit} />);
    expect(screen.getByText('Åter för komplettering från Sara Lind den 13 mars 2026.')).toBeInTheDocument();
    expect(screen.getByText('En kommentar väntar på ditt svar.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka för ny granskning' })).toBeDisabled();
    const answered: ReviewRound = { ...returned, steps: { ...returned.steps, groups: { ...returned.steps.groups!, reply: { text: 'Tillagt.', at: '2026-03-14T10:00:00.000Z' } } } };
    const i18n = createI18n('sv', [initReactI18next]);
    rerender(
      <I18nextProvider i18n={i18n}>
        <AfterDecision {...props} rounds={[answered]} onResubmit={onResubmit} />
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Skicka för ny granskning' }));
    expect(onResubmit).toHaveBeenCalledOnce();
  });

  it('makes "Följ upp" the main action on and after the follow-up date, and says only what was recorded', () => {
    withTexts(<AfterDecision {...props} rounds={[]} followUpDate="2026-05-01" onResubmit={vi.fn<() => void>()} />);
    expect(screen.getByText('Ingen har granskat bedömningen.')).toBeInTheDocument();
    expect(screen.getByText('Inget beslut är registrerat.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Följ upp' })).toHaveClass('button--primary');
    expect(screen.getByText(/Det är dags att följa upp/)).toBeInTheDocument();
  });
});
