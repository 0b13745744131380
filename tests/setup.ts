import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// The setup file also runs in node-environment files; only clean up a DOM.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
