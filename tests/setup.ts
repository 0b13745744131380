import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { provideLanguages } from '../src/i18n/load';
import { resources } from '../src/i18n/resources';

// The app loads one language at a time in the browser; tests have them all at once.
provideLanguages(resources);

// The setup file also runs in node-environment files; only clean up a DOM.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
