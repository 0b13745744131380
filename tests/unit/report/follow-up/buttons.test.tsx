// The follow-up addendum's download buttons (jsdom), with the report worker
// replaced by a fake: each button posts a follow-up job for the follow-up
// shown, in the language chosen, announces the stages, saves the file and
// says so; Cancel stops the job; a failure is said in an alert.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { FollowUpReportButtons } from '../../../../src/app/follow-up-report-buttons';
import { createI18n } from '../../../../src/i18n';
import type { AnyJob, Outcome, Stage } from '../../../../src/report/worker/protocol';
import { assessmentWith, proposal, spring } from './fixture';

interface Posted {
  job: AnyJob;
  onStage: (stage: Stage) => void;
  settle: (outcome: Outcome) => void;
  fail: (error: Error) => void;
  cancel: Mock<() => void>;
}

const posted: Posted[] = [];
const saved: Array<{ name: string; type: string }> = [];

vi.mock('../../../../src/report/worker', () => ({
  reports: {
    warm: () => {},
    run: (job: AnyJob, onStage: (stage: Stage) => void) => {
      const entry = { job, onStage, cancel: vi.fn<() => void>() } as unknown as Posted;
      const outcome = new Promise<Outcome>((settle, fail) => Object.assign(entry, { settle, fail }));
      posted.push(entry);
      entry.cancel.mockImplementation(() => entry.settle({ type: 'cancelled' }));
      return { outcome, cancel: () => entry.cancel() };
    },
  },
}));
vi.mock('../../../../src/app/download', () => ({ downloadFile: (name: string, _content: unknown, type: string) => saved.push({ name, type }) }));

beforeEach(() => {
  posted.length = 0;
  saved.length = 0;
});

function show() {
  const i18n = createI18n('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <FollowUpReportButtons file={proposal} assessment={assessmentWith()} followUpId={spring.id} />
    </I18nextProvider>,
  );
}

/** Waits for the fake worker to receive the next job (the texts load first). */
async function nextJob(): Promise<Posted> {
  const before = posted.length;
  await vi.waitFor(() => expect(posted.length).toBeGreaterThan(before));
  return posted.at(-1)!;
}

describe('the follow-up download buttons', () => {
  it('offers PDF, HTML and Word under a language choice', () => {
    show();
    expect(screen.getByLabelText('Uppföljningens språk')).toHaveValue('sv');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Ladda ner uppföljningen (PDF)',
      'Ladda ner uppföljningen som webbsida (HTML)',
      'Ladda ner uppföljningen (Word)',
    ]);
    expect(screen.getByRole('button', { name: /HTML/ })).toHaveAccessibleDescription('Webbsidan har samma innehåll som PDF:en och fungerar bättre med skärmläsare.');
  });

  it('posts a follow-up job, announces its stages, saves the file and gives focus back', async () => {
    show();
    const button = screen.getByRole('button', { name: 'Ladda ner uppföljningen (PDF)' });
    fireEvent.click(button);
    const run = await nextJob();
    expect(run.job).toMatchObject({ document: 'follow-up', kind: 'pdf', interfaceLang: 'sv', request: { followUpId: spring.id, lang: 'sv', file: { id: 'proposal' } } });
    expect('document' in run.job && run.job.request.assessment.followUps).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    act(() => run.onStage('draw'));
    expect(screen.getByRole('status')).toHaveTextContent('Skapar PDF … Sätter sidorna (steg 3 av 4).');
    await act(async () => run.settle({ type: 'done', file: { name: 'a-uppfoljning-2027-04-15.pdf', type: 'application/pdf', content: new Uint8Array([1]) } }));
    expect(saved).toEqual([{ name: 'a-uppfoljning-2027-04-15.pdf', type: 'application/pdf' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Filen är klar: a-uppfoljning-2027-04-15.pdf');
    expect(button).toHaveFocus();
  });

  it('makes the file in the language chosen, with that language’s texts', async () => {
    show();
    fireEvent.change(screen.getByLabelText('Uppföljningens språk'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: /Word/ }));
    const run = await nextJob();
    expect(run.job).toMatchObject({ kind: 'docx', interfaceLang: 'sv', request: { lang: 'en' } });
    expect((run.job.texts as { ui: { followUpReport: { title: string } } }).ui.followUpReport.title).toBe('Follow-up of equity impact assessment: {{title}}');
  });

  it('stops the job on Cancel and saves nothing', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: /HTML/ }));
    const run = await nextJob();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Avbryt' })));
    expect(run.cancel).toHaveBeenCalledOnce();
    expect(saved).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Avbrutet. Ingen fil sparades.');
    expect(screen.queryByRole('button', { name: 'Avbryt' })).toBeNull();
  });

  it('says in an alert when the file could not be made', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: /Word/ }));
    const run = await nextJob();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => run.fail(new Error('broken')));
    expect(screen.getByRole('alert')).toHaveTextContent('Word-filen med uppföljningen kunde inte skapas. Försök igen.');
  });
});
