/**
 * The questionnaires shipped with the app, parsed and checked once at load.
 * The content tests parse the same files, so a bad file fails the build's
 * tests long before it could fail here.
 */
import glossaryFile from '../../questionnaires/glossary.json';
import workshopFile from '../../questionnaires/workshop.json';
import { parseGlossary, type Glossary } from './glossary';
import { orThrow, parseFramework, parseQuestionnaire } from './load';
import type { Framework, QuestionnaireFile } from './schema';
import { shippedFramework, shippedQuestionnaires } from './shipped';
import { parseWorkshop, type Workshop } from './workshop';

export const framework: Framework = orThrow(parseFramework(shippedFramework), 'framework.json');

/** Every shipped questionnaire, in the order the start screen offers them. */
export const questionnaires: QuestionnaireFile[] = Object.entries(shippedQuestionnaires).map(([name, file]) =>
  orThrow(parseQuestionnaire(file, framework), `${name}.json`),
);

/** The plain-language glossary and where each term is used. */
export const glossary: Glossary = orThrow(parseGlossary(glossaryFile, questionnaires, framework), 'glossary.json');

/** Facilitator notes for every step, shown in workshop mode. */
export const workshop: Workshop = orThrow(parseWorkshop(workshopFile, questionnaires), 'workshop.json');

/** The raw shipped files by name (for tools that re-check them). */
export const rawFiles = {
  framework: shippedFramework,
  ...shippedQuestionnaires,
  glossary: glossaryFile,
  workshop: workshopFile,
} as const;
