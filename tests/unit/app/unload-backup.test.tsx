// The page closing with text typed but not yet saved (jsdom): pagehide,
// the page turning hidden, and beforeunload each write the backup at once,
// before the IndexedDB write has any chance to finish; a read-only session
// writes none. The save status in memory mode says the work stays in the tab.
import { render, renderHook, screen } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { SaveStatus } from '../../../src/app/save-status';
import { useUnloadBackup } from '../../../src/app/use-unload-backup';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { createAutosaver } from '../../../src/storage/autosave';
import { createBackupKeeper, readBackup } from '../../../src/storage/unload-backup';
import { makeAssessment, withAnswer } from '../storage/fixtures';

afterEach(() => localStorage.clear());

function setUp(active = true) {
  const saves: Assessment[] = [];
  // A write that never finishes, as when the page is gone before IndexedDB commits.
  const saver = createAutosaver({ save: (a) => (saves.push(a), new Promise<Assessment>(() => {})) });
  const keeper = createBackupKeeper(localStorage, () => saver.backlog());
  renderHook(() => useUnloadBackup(saver, keeper, active));
  saver.schedule(withAnswer({ ...makeAssessment('a'), revision: 2 }, 'the last keystrokes'));
  return { saves };
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
}

describe('useUnloadBackup', () => {
  afterEach(() => setHidden(false));

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    ['beforeunload', () => window.dispatchEvent(new Event('beforeunload'))],
    [
      'the page turning hidden',
      () => {
        setHidden(true);
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes the backup synchronously on %s, and starts the normal write', (_, leave) => {
    const { saves } = setUp();
    expect(readBackup(localStorage, 'a')).toBeUndefined();
    leave();
    expect(readBackup(localStorage, 'a')).toMatchObject({ basedOn: 2, assessment: { answers: { note: 'the last keystrokes' } } });
    expect(saves.map((a) => a.answers['note'])).toEqual(['the last keystrokes']);
  });

  it('writes no backup when the page turns visible', () => {
    setUp();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(readBackup(localStorage, 'a')).toBeUndefined();
  });

  it('writes no backup while read-only (what is typed there cannot be saved)', () => {
    setUp(false);
    window.dispatchEvent(new Event('pagehide'));
    expect(readBackup(localStorage, 'a')).toBeUndefined();
  });
});

function showStatus(lang: Language, memoryOnly: boolean) {
  const i18n = createI18n(lang, [initReactI18next]);
  render(
    <I18nextProvider i18n={i18n}>
      <SaveStatus status={{ state: 'saved', at: new Date(2026, 0, 1, 14, 2) }} memoryOnly={memoryOnly} />
    </I18nextProvider>,
  );
  return screen.getByRole('status');
}

describe('SaveStatus', () => {
  it('says "saved" while work is stored in the browser', () => {
    expect(showStatus('sv', false)).toHaveTextContent(/^Sparat 14:02$/);
  });

  it.each([
    ['sv', /^Sparat 14:02, men bara i den här fliken\. Exportera/],
    ['en', /^Saved 14:02, but only in this tab\. Export/],
  ] as const)('says the work stays only in this tab in memory mode (%s)', (lang, text) => {
    expect(showStatus(lang, true)).toHaveTextContent(text);
  });
});
