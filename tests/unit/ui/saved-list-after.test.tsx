// The saved list's lines after the decision, in jsdom: overdue said in
// words, the decision and the peer review from the user's entries, the link
// to follow up named by the assessment; and the import panel's account of
// what differs, in both languages, from the format 4 fixture.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { checkAssessmentText } from '../../../src/app/import-file';
import { assessmentDifferences } from '../../../src/assessment/differences';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import * as parts from '../../../src/ui/after/saved-lines';
import { ImportPanel } from '../../../src/ui/home/import-panel';
import { SavedList, type SavedItem } from '../../../src/ui/home/saved-list';
import { formatFixture } from '../../fixtures/formats';

const noop = () => undefined;
const actions = { open: noop, duplicate: noop, rename: noop, remove: noop, downloadRaw: noop };

const item = (id: string, name: string, after: SavedItem['after']): SavedItem => ({
  id,
  name,
  questionnaireTitle: 'Bedöm ett förslag',
  updatedAt: '2026-12-01T10:00:00.000Z',
  done: 10,
  total: 10,
  completedAt: '2026-03-12T15:00:00.000Z',
  ...(after ? { after } : {}),
});

const ITEMS: SavedItem[] = [
  item('a-1', 'Bibliotek Norrby', {
    due: { kind: 'follow-up', date: '2026-10-15', label: '', overdue: true, followUpHref: '#/a/a-1/follow-up' },
    decision: { caseNumber: 'KFN 2026/112', outcome: 'amended', meetingDate: '2026-04-08' },
    peerReview: { status: 'approved', date: '2026-03-15' },
  }),
  item('a-2', 'Simhallen', { due: { kind: 'measure', date: '2027-02-01', label: 'Nya öppettider', overdue: false }, peerReview: { status: 'returned', date: '2026-03-13' } }),
  item('a-3', 'Utan beslut', undefined),
];

/** The entries load as a module of their own once there are any: found, not got. */
async function showList(lang: Language) {
  render(
    <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
      <SavedList items={ITEMS} damaged={[]} actions={actions} unavailable={false} parts={parts} />
    </I18nextProvider>,
  );
  return screen.findAllByRole('listitem');
}

describe('the saved list after the decision', () => {
  it('says overdue in words, names the decision and review, and links to the follow-up', async () => {
    const [first, second, third] = await showList('sv');
    expect(within(first!).getByText('Försenad: uppföljning 15 okt 2026')).toBeInTheDocument();
    expect(within(first!).getByText('Beslut 8 apr 2026: med ändringar (dnr KFN 2026/112) · Granskad och godkänd 15 mars 2026')).toBeInTheDocument();
    expect(within(first!).getByRole('link', { name: 'Följ upp: Bibliotek Norrby' })).toHaveAttribute('href', '#/a/a-1/follow-up');
    expect(within(second!).getByText('Nästa: åtgärden ”Nya öppettider” 1 feb 2027')).toBeInTheDocument();
    expect(within(second!).getByText('Åter för komplettering 13 mars 2026')).toBeInTheDocument();
    // Not due yet: no link to follow up.
    expect(within(second!).queryByRole('link')).toBeNull();
    expect(third!.querySelector('.saved__due, .saved__after')).toBeNull();
    expect(screen.getByText('Bedömningar med något som ska göras står först, det som är försenat överst.')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    const [first] = await showList('en');
    expect(within(first!).getByText('Overdue: follow-up 15 Oct 2026')).toBeInTheDocument();
    expect(within(first!).getByText(/^Decision 8 Apr 2026: amended \(ref\. KFN 2026\/112\) · Reviewed and approved 15 Mar 2026$/)).toBeInTheDocument();
    expect(within(first!).getByRole('link', { name: 'Follow up: Bibliotek Norrby' })).toBeInTheDocument();
  });

  it('without the parts loaded, the list shows as before', () => {
    render(
      <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
        <SavedList items={ITEMS} damaged={[]} actions={actions} unavailable={false} />
      </I18nextProvider>,
    );
    expect(screen.queryByText(/Försenad/)).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('the import panel with differences', () => {
  const parsed = checkAssessmentText(formatFixture('v4.json'));
  if (!parsed.ok) throw new Error('the v4 fixture no longer reads');
  const here = structuredClone(parsed.value);
  here.review = here.review.slice(0, 1);
  delete here.decision;
  here.answers['proposal.what'] = 'Ändrat här';
  const file = questionnaires.find((q) => q.id === here.questionnaire.id)!;
  const differences = assessmentDifferences(file, framework, parsed.value, here);

  function showPanel(lang: Language, identical = false) {
    render(
      <I18nextProvider i18n={createI18n(lang, [initReactI18next])}>
        <ImportPanel
          status={{ state: 'exists', fileName: 'granskad.json', name: 'Grupp 3', differences: identical ? assessmentDifferences(file, framework, here, here) : differences }}
          onFile={noop}
          onKeepBoth={noop}
          onReplace={noop}
          onCancel={noop}
        />
      </I18nextProvider>,
    );
  }

  it('lists what differs, asks, and takes focus to the question', () => {
    showPanel('sv');
    const heading = screen.getByRole('heading', { name: 'Bedömningen ”Grupp 3” finns redan här, och filen skiljer sig från den' });
    expect(heading).toHaveFocus();
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toContain('Svaren skiljer sig i steget Beskriv förslaget.');
    expect(lines).toContain('Bara filen har ett beslut registrerat: beslut med ändringar 8 apr 2026 (dnr KFN 2026/112).');
    expect(lines.some((l) => /^Granskningsomgång 2 \(Sara Lind, påbörjad 15 mars 2026 .+\) finns bara i filen\.$/.test(l ?? ''))).toBe(true);
    for (const name of [/Behåll båda/, /Ersätt den som finns/, 'Avbryt']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('the same content is said so: leaving it is the first choice, a copy still possible, nothing to replace', () => {
    showPanel('en', true);
    expect(screen.getByRole('heading', { name: 'The assessment “Grupp 3” is already here, with the same content' })).toHaveFocus();
    expect(screen.getByText(/You do not need to import it\. Nothing has been changed\./)).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Keep both (import as a copy)']);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveClass('button--primary');
  });
});
