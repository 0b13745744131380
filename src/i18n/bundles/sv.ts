/** The Swedish translations, as one chunk the browser loads on demand. */
import { textsFromFiles } from './from-files';

export default textsFromFiles(
  import.meta.glob<object>('../../../locales/sv/ui.json', { eager: true, import: 'default' }),
  import.meta.glob<object>('../../../locales/sv/content/*.json', { eager: true, import: 'default' }),
);
