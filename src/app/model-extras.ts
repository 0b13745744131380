/**
 * The glossary and the facilitator notes, parsed. Loaded after the first
 * render by ModelProviders, so their parsing (zod) stays out of the first
 * page load; until then fields show no terms and steps no notes.
 */
import { glossary, workshop } from '../questionnaire/catalogue';
import { termIndex } from '../questionnaire/glossary';

export const glossaryValue = { glossary, index: termIndex(glossary) };
export { workshop };
