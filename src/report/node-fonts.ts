/**
 * Registers the report fonts from file paths inside the installed
 * @fontsource/roboto package (Node: tests and command-line tools), so
 * nothing is fetched at run time.
 */
import { createRequire } from 'node:module';
import { registerFonts } from './fonts';

const require = createRequire(import.meta.url);
const file = (name: string) => require.resolve(`@fontsource/roboto/files/roboto-${name}-normal.woff`);
/** Registers the fonts (once; later calls do nothing). */
export function registerNodeFonts(): void {
  registerFonts({ regular: file('latin-400'), bold: file('latin-700') }, { regular: file('latin-ext-400'), bold: file('latin-ext-700') });
}
