// The import hook with storage in memory: a file of an assessment stored
// here shows what differs before anything is stored; a replace over a copy
// changed meanwhile (another tab) asks again with the new differences,
// never saving over work the user did not see; cancel stores nothing.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useImport } from '../../../src/app/use-import';
import { exportJson } from '../../../src/assessment/export-file';
import { checkAssessmentText } from '../../../src/app/import-file';
import { createI18n } from '../../../src/i18n';
import { createMemoryRepository } from '../../../src/storage/memory';
import { formatFixture } from '../../fixtures/formats';

const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>{children}</I18nextProvider>;

function fixture() {
  const parsed = checkAssessmentText(formatFixture('v4.json'));
  if (!parsed.ok) throw new Error('the v4 fixture no longer reads');
  return structuredClone(parsed.value);
}

async function setUp() {
  const repository = createMemoryRepository();
  const here = fixture();
  delete here.decision;
  const stored = await repository.create({ ...here, revision: 0 });
  const file = new File([exportJson(fixture())], 'granskad.json', { type: 'application/json' });
  const hook = renderHook(() => useImport(repository, () => undefined), { wrapper });
  await act(() => hook.result.current.read(file));
  await waitFor(() => expect(hook.result.current.status.state).toBe('exists'));
  return { repository, stored, hook, file };
}

describe('importing over a stored assessment', () => {
  it('shows what differs before anything is stored', async () => {
    const { repository, stored, hook } = await setUp();
    const status = hook.result.current.status;
    expect(status.state === 'exists' && status.differences?.decision?.side).toBe('file');
    expect((await repository.get(stored.id))?.decision).toBeUndefined();
    act(() => hook.result.current.cancel());
    await act(() => hook.result.current.replace());
    // Cancelled: the later click finds no file to store.
    expect((await repository.get(stored.id))?.decision).toBeUndefined();
  });

  it('asks again when the stored copy changed meanwhile, then replaces on the second yes', async () => {
    const { repository, stored, hook } = await setUp();
    // Another tab writes a name meanwhile.
    await repository.save({ ...stored, name: 'Ändrad i en annan flik' }, stored.revision);
    await act(() => hook.result.current.replace());
    const again = hook.result.current.status;
    expect(again.state).toBe('exists');
    expect(again.state === 'exists' && again.changedMeanwhile).toBe(true);
    expect(again.state === 'exists' && again.differences?.other).toContain('name');
    expect((await repository.get(stored.id))?.name).toBe('Ändrad i en annan flik');
    await act(() => hook.result.current.replace());
    expect(hook.result.current.status.state).toBe('done');
    const replaced = await repository.get(stored.id);
    expect(replaced?.decision?.caseNumber).toBe('KFN 2026/112');
    expect(replaced?.origin).toMatchObject({ kind: 'file', from: 'granskad.json' });
  });
});
