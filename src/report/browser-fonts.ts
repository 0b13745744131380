/**
 * Registers the report fonts as Vite assets (`?url`), served with the app so
 * they work offline. Imported by the lazily loaded browser entries of the
 * worksheet and the comparison; registering twice is harmless (fonts.ts).
 */
import regular from '@fontsource/roboto/files/roboto-latin-400-normal.woff?url';
import bold from '@fontsource/roboto/files/roboto-latin-700-normal.woff?url';
import regularExt from '@fontsource/roboto/files/roboto-latin-ext-400-normal.woff?url';
import boldExt from '@fontsource/roboto/files/roboto-latin-ext-700-normal.woff?url';
import { registerFonts } from './fonts';

/** Registers the fonts (once; later calls do nothing). */
export function registerBrowserFonts(): void {
  registerFonts({ regular, bold }, { regular: regularExt, bold: boldExt });
}
