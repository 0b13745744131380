// The app shell in jsdom: Swedish first, steps listed from the data, the
// language switch changing texts, <html lang> and the remembered choice.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { questionnaires } from '../../../src/questionnaire/catalogue';

// A fresh page each time: nothing remembered, and no language yet on <html> (the app reads the page's own).
beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});

describe('App', () => {
  it('starts in Swedish with every step of each questionnaire listed', () => {
    const { container } = render(<App />);
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gör en konsekvensbedömning för jämlikhet');
    for (const q of questionnaires) {
      const card = container.querySelector(`[data-questionnaire="${q.id}"]`) as HTMLElement;
      expect(within(card).getAllByRole('listitem')).toHaveLength(q.steps.length);
    }
  });

  it('switches to English and remembers it', async () => {
    const user = userEvent.setup();
    // The page's description, as the build writes it into each language's page.
    const meta = Object.assign(document.createElement('meta'), { name: 'description', content: 'x' });
    document.head.append(meta);
    // Awaited: the start page's later parts suspend, and effects follow the commit.
    const { unmount } = await act(async () => render(<App />));
    expect(meta.content).toBe('Jämlikhetskollen: pröva ett beslut eller en verksamhet mot jämlikhet.');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(meta.content).toBe('Jämlikhetskollen: check a decision or a service for equity.');
    meta.remove();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Carry out an equity impact assessment');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    unmount();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Carry out an equity impact assessment');
  });

  it('warns at once when the browser has no IndexedDB, and still keeps new work in memory', async () => {
    // jsdom has no IndexedDB, like a browser that refuses it.
    expect(globalThis.indexedDB).toBeUndefined();
    const user = userEvent.setup();
    // Awaited: the start page's later parts suspend, and storage opens from an effect after the commit.
    await act(async () => render(<App />));
    // Storage opens once the page answers input, after the first render: give it time on a busy machine.
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('Ditt arbete sparas inte i webbläsaren');
    expect(screen.getByRole('button', { name: 'Exportera nu' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ })[0]!);
    expect(await screen.findByRole('button', { name: 'Påbörja bedömningen' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Ditt arbete sparas inte i webbläsaren');
    window.location.hash = '';
  });
});
