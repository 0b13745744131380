// The decision page against a repository that another tab wrote to first:
// the refused save says so, keeps every field as typed, and the next save
// goes onto the newer version (nothing that tab wrote is lost either);
// the recorded decision is shown once saved. What is typed and not saved is
// back after the page is closed and opened again, said so, and can be
// discarded; a save removes it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import DecisionPage from '../../../src/app/decision-page';
import { ZStoredAssessment } from '../../../src/assessment/migrations';
import type { Assessment } from '../../../src/assessment/assessment';
import { createI18n } from '../../../src/i18n';
import { ConflictError } from '../../../src/storage/errors';
import type { Repository } from '../../../src/storage/repository';

const fixture = (): Assessment => {
  const stored = ZStoredAssessment.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/formats/v4.json'), 'utf8')));
  const { decision: _, ...rest } = stored;
  return { ...rest, answers: { ...rest.answers, 'basics.committee': 'Kulturnämnden' } };
};

/** A repository of one assessment whose first save finds that another tab saved a newer revision. */
function racingRepository(initial: Assessment) {
  let stored = initial;
  let raced = false;
  const saves: { basedOn: number; assessment: Assessment }[] = [];
  const repository = {
    get: async () => stored,
    save: async (next: Assessment, basedOn: number) => {
      if (!raced) {
        raced = true;
        stored = { ...stored, name: 'Namn från en annan flik', revision: stored.revision + 1 };
        throw new ConflictError(next.id, basedOn, 'changed', stored);
      }
      if (basedOn !== stored.revision) throw new ConflictError(next.id, basedOn, 'changed', stored);
      saves.push({ basedOn, assessment: next });
      stored = { ...next, revision: basedOn + 1 };
      return stored;
    },
  } as unknown as Repository;
  return { repository, saves };
}

/** A repository of one assessment that saves onto its revision. */
function plainRepository(initial: Assessment) {
  let stored = initial;
  return {
    get: async () => stored,
    save: async (next: Assessment) => (stored = { ...next, revision: stored.revision + 1 }),
  } as unknown as Repository;
}

function showPage(assessment: Assessment, repository: Repository) {
  return render(
    <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
      <DecisionPage id={assessment.id} repository={repository} onHome={() => {}} />
    </I18nextProvider>,
  );
}

beforeEach(() => localStorage.clear());

describe('DecisionPage', () => {
  it('brings back what was typed and not saved when the page opens again, says so, and lets it go', async () => {
    const user = userEvent.setup();
    const assessment = fixture();
    const repository = plainRepository(assessment);
    const first = showPage(assessment, repository);
    await user.type(await screen.findByLabelText(/Diarienummer/), 'KFN 2026/112');
    await user.click(screen.getByLabelText('Beslut med ändringar'));
    expect(screen.queryByText(/men inte sparade är tillbaka/)).toBeNull();
    // The page goes (a reload, a closed tab) without a save.
    first.unmount();

    const second = showPage(assessment, repository);
    expect(await screen.findByLabelText(/Diarienummer/)).toHaveValue('KFN 2026/112');
    expect(screen.getByLabelText('Beslut med ändringar')).toBeChecked();
    expect(screen.getByText(/Det du skrev .* men inte sparade är tillbaka i formuläret/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ta bort det som inte är sparat' }));
    expect(screen.getByLabelText(/Diarienummer/)).toHaveValue('');
    expect(screen.getByLabelText(/Diarienummer/)).toHaveFocus();
    expect(screen.queryByText(/men inte sparade är tillbaka/)).toBeNull();
    second.unmount();

    // Discarded stays discarded; typed and saved leaves no draft behind either.
    showPage(assessment, repository);
    const caseNumber = await screen.findByLabelText(/Diarienummer/);
    expect(caseNumber).toHaveValue('');
    await user.type(caseNumber, 'KFN 2026/113');
    await user.type(screen.getByLabelText(/Sammanträdesdatum/), '2026-04-08');
    await user.type(screen.getByLabelText(/Paragraf/), '§ 42');
    await user.click(screen.getByLabelText('Beslut enligt förslaget'));
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    expect(await screen.findByText('Beslutet är sparat.')).toBeInTheDocument();
    expect(Object.keys(localStorage).filter((k) => k.includes('form-draft'))).toEqual([]);
  });

  it('keeps what was typed when another tab saved first, and saves it onto the newer version', async () => {
    const user = userEvent.setup();
    const assessment = fixture();
    const { repository, saves } = racingRepository(assessment);
    render(
      <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
        <DecisionPage id={assessment.id} repository={repository} onHome={() => {}} />
      </I18nextProvider>,
    );
    const caseNumber = await screen.findByLabelText(/Diarienummer/);
    expect(screen.getByLabelText(/Nämnd eller styrelse/)).toHaveValue('Kulturnämnden');
    await user.type(caseNumber, 'KFN 2026/112');
    await user.type(screen.getByLabelText(/Sammanträdesdatum/), '2026-04-08');
    await user.type(screen.getByLabelText(/Paragraf/), '§ 41');
    await user.click(screen.getByLabelText('Beslut enligt förslaget'));
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));

    expect(await screen.findByText(/Beslutet sparades inte, eftersom bedömningen ändrades i en annan flik/)).toHaveFocus();
    expect(caseNumber).toHaveValue('KFN 2026/112');
    expect(screen.getByLabelText(/Paragraf/)).toHaveValue('§ 41');
    expect(saves).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    expect(await screen.findByText('Beslutet är sparat.')).toBeInTheDocument();
    expect(saves).toHaveLength(1);
    expect(saves[0]!.basedOn).toBe(assessment.revision + 1);
    expect(saves[0]!.assessment.name).toBe('Namn från en annan flik');
    expect(saves[0]!.assessment.decision).toMatchObject({ caseNumber: 'KFN 2026/112', body: 'Kulturnämnden', meetingDate: '2026-04-08', paragraph: '§ 41', outcome: 'as-proposed' });
    expect(screen.getByRole('heading', { name: 'Inlagt beslut' })).toBeInTheDocument();
  });
});
