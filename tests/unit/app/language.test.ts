// The language a visit starts in: the choice saved on this device, else the
// page's own (index.html is Swedish, en.html English), else Swedish.
import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage, rememberLanguage } from '../../../src/app/language';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});

describe('initialLanguage', () => {
  it('is Swedish on a page without a language and nothing saved', () => {
    expect(initialLanguage()).toBe('sv');
  });

  it('is the page’s own language when nothing is saved', () => {
    document.documentElement.lang = 'en';
    expect(initialLanguage()).toBe('en');
    document.documentElement.lang = 'de';
    expect(initialLanguage()).toBe('sv');
  });

  it('is the saved choice over the page’s', () => {
    document.documentElement.lang = 'en';
    rememberLanguage('sv');
    expect(initialLanguage()).toBe('sv');
  });
});
