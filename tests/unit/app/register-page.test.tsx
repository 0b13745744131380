// The register page (src/app/register-page.tsx) in jsdom, with the sync
// session replaced by a stand-in that the test drives: no token from the
// login means the paste form; a pasted key opens the register (kept in the
// tab's sessionStorage); the state is said in words; a refused pasted key
// asks for another.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { RegisterSessionOptions } from '../../../src/sync/register-session';

const sessions: RegisterSessionOptions[] = [];
const stopped: number[] = [];
vi.mock('../../../src/sync/register-session', () => ({
  startRegisterSession: (options: RegisterSessionOptions) => {
    const index = sessions.push(options) - 1;
    return { state: () => 'connecting', lines: () => [], stop: () => stopped.push(index) };
  },
}));

const { default: RegisterPage } = await import('../../../src/app/register-page');

beforeEach(() => {
  vi.stubEnv('VITE_SYNC_URL', 'ws://127.0.0.1:1234');
  vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }));
  sessionStorage.clear();
  sessions.length = 0;
  stopped.length = 0;
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

function show() {
  render(
    <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
      <RegisterPage onHome={() => undefined} />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('the register page', () => {
  it('asks for a key when the login gives none, and opens the register with the one pasted', async () => {
    const user = show();
    const field = await screen.findByRole('textbox', { name: 'Nyckel' });
    await user.click(screen.getByRole('button', { name: 'Öppna registret' }));
    expect(screen.getByText('Klistra in en nyckel.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(sessions).toHaveLength(0);

    await user.type(field, 'the.pasted.key');
    await user.click(screen.getByRole('button', { name: 'Öppna registret' }));
    await vi.waitFor(() => expect(sessions).toHaveLength(1));
    expect(sessions[0]).toMatchObject({ url: 'ws://127.0.0.1:1234/', token: 'the.pasted.key' });
    expect(sessionStorage.getItem('jk.sync-token')).toBe('the.pasted.key');
    expect(screen.getByRole('status')).toHaveTextContent('Ansluter till servern …');

    act(() => {
      sessions[0]!.onLines([]);
      sessions[0]!.onState('synced');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Registret är uppdaterat.');
    expect(screen.getByText('Det finns inga bedömningar i registret ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Nyckel' })).toBeNull();

    act(() => sessions[0]!.onState('refused'));
    expect(screen.getByRole('status')).toHaveTextContent('Nyckeln du klistrade in ger inte tillgång till registret.');
    // Another key: the refused session stops, a new one starts with it.
    await user.type(screen.getByRole('textbox', { name: 'Nyckel' }), 'another.key');
    await user.click(screen.getByRole('button', { name: 'Öppna registret' }));
    await vi.waitFor(() => expect(sessions).toHaveLength(2));
    expect(sessions[1]!.token).toBe('another.key');
    expect(stopped).toEqual([0]);
    expect(sessionStorage.getItem('jk.sync-token')).toBe('another.key');
  });

  it('uses the login’s token without asking, and says so when it is refused', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ token: 'from.the.login' }));
    show();
    await vi.waitFor(() => expect(sessions).toHaveLength(1));
    expect(sessions[0]!.token).toBe('from.the.login');
    act(() => sessions[0]!.onState('offline'));
    expect(screen.getByRole('status')).toHaveTextContent('Ingen kontakt med servern just nu.');
    act(() => sessions[0]!.onState('refused'));
    expect(screen.getByRole('status')).toHaveTextContent('Din inloggning ger inte tillgång till registret.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
