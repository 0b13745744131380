// The report's download buttons (jsdom), with the report worker replaced by
// a fake: each button posts a report job with the assessment as it is at the
// click, in the language chosen, announces the stages, saves the file and
// says so; Cancel stops the job, even one asked for while the texts load;
// a failure is said in an alert. The same area draws a follow-up's
// downloads (tests/unit/report/follow-up/buttons.test.tsx).
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { PdfButton } from '../../../src/app/pdf-button';
import { createI18n } from '../../../src/i18n';
import type { AnyJob, Outcome, Stage } from '../../../src/report/worker/protocol';
import { CASES, caseAssessment, file, framework } from '../../fixtures/cases';

interface Posted {
  job: AnyJob;
  onStage: (stage: Stage) => void;
  settle: (outcome: Outcome) => void;
  fail: (error: Error) => void;
  cancel: Mock<() => void>;
}

const posted: Posted[] = [];
const saved: Array<{ name: string; type: string }> = [];

vi.mock('../../../src/report/worker', () => ({
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
vi.mock('../../../src/app/download', () => ({ downloadFile: (name: string, _content: unknown, type: string) => saved.push({ name, type }) }));

const library = caseAssessment(CASES[0]!);
const result = evaluate(file, framework, { answers: library.answers });
const decision = decisionText(file, framework, library.answers, result);

beforeEach(() => {
  posted.length = 0;
  saved.length = 0;
});

function show(current: () => Assessment = () => library) {
  render(
    <I18nextProvider i18n={createI18n('sv')}>
      <PdfButton file={file} framework={framework} assessment={current} result={result} decision={decision} />
    </I18nextProvider>,
  );
}

/** Waits for the fake worker to receive the next job (the texts load first). */
async function nextJob(): Promise<Posted> {
  const before = posted.length;
  await vi.waitFor(() => expect(posted.length).toBeGreaterThan(before));
  return posted.at(-1)!;
}

describe('the report download buttons', () => {
  it('offers PDF, HTML and Word under a language choice, the HTML and Word buttons described by their hints', () => {
    show();
    expect(screen.getByLabelText('Rapportens språk')).toHaveValue('sv');
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-describedby') !== null)).toEqual([false, true, true]);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('posts a report job with the assessment as it is at the click, announces its stages, saves the file and gives focus back', async () => {
    let current: Assessment = library;
    show(() => current);
    current = { ...library, name: 'Ändrad efter visningen' };
    const button = screen.getAllByRole('button')[0]!;
    fireEvent.click(button);
    const run = await nextJob();
    expect(run.job).toMatchObject({ kind: 'pdf', interfaceLang: 'sv', request: { lang: 'sv', file: { id: file.id }, assessment: { name: 'Ändrad efter visningen' }, result, decision } });
    expect('document' in run.job).toBe(false);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    act(() => run.onStage('draw'));
    expect(screen.getByRole('status')).toHaveTextContent('Skapar PDF … Sätter sidorna (steg 3 av 4).');
    await act(async () => run.settle({ type: 'done', file: { name: 'rapport.pdf', type: 'application/pdf', content: new Uint8Array([1]) } }));
    expect(saved).toEqual([{ name: 'rapport.pdf', type: 'application/pdf' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Filen är klar: rapport.pdf');
    expect(button).toHaveFocus();
    expect(button).toBeEnabled();
  });

  it('makes the file in the language chosen, with that language’s texts', async () => {
    show();
    fireEvent.change(screen.getByLabelText('Rapportens språk'), { target: { value: 'en' } });
    fireEvent.click(screen.getAllByRole('button')[2]!);
    const run = await nextJob();
    expect(run.job).toMatchObject({ kind: 'docx', interfaceLang: 'sv', request: { lang: 'en' } });
    expect((run.job.texts as { ui: { pdf: { cancel: string } } }).ui.pdf.cancel).toBe('Cancel');
  });

  it('posts nothing when Cancel comes while the texts load, and saves nothing', async () => {
    show();
    fireEvent.click(screen.getAllByRole('button')[1]!);
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Avbrutet. Ingen fil sparades.'));
    expect(posted).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('says in an alert when the file could not be made, under the button that asked for it', async () => {
    show();
    fireEvent.click(screen.getAllByRole('button')[0]!);
    const run = await nextJob();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => run.fail(new Error('broken')));
    const alert = screen.getByRole('alert');
    expect(alert.previousElementSibling).toBe(screen.getAllByRole('button')[0]);
    expect(screen.queryByRole('button', { name: 'Avbryt' })).toBeNull();
  });
});
