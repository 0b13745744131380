/**
 * JSON Schemas generated from the zod schemas, so that editors can
 * autocomplete and check questionnaire files. `npm run schema` writes them to
 * `questionnaires/schema/`; a test fails when the written files are stale.
 */
import { z } from 'zod';
import { ZGlossary } from './glossary';
import { ZOrganisation } from './organisation';
import { ZContentPack } from './pack';
import { ZFramework, ZQuestionnaire } from './schema';
import { ZWorkshop } from './workshop';

/** A zod schema as pretty JSON Schema text (draft 2020-12, as files are written). */
export function generateJsonSchema(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
}

/** File name → contents of every generated schema. */
export function jsonSchemas(): Record<string, string> {
  return {
    'questionnaire.schema.json': generateJsonSchema(ZQuestionnaire, 'questionnaire.schema.json', 'Jämlikhetskollen questionnaire'),
    'framework.schema.json': generateJsonSchema(ZFramework, 'framework.schema.json', 'Jämlikhetskollen recommendation framework'),
    'glossary.schema.json': generateJsonSchema(ZGlossary, 'glossary.schema.json', 'Jämlikhetskollen glossary'),
    'workshop.schema.json': generateJsonSchema(ZWorkshop, 'workshop.schema.json', 'Jämlikhetskollen facilitator notes'),
    'content-pack.schema.json': generateJsonSchema(ZContentPack, 'content-pack.schema.json', 'Jämlikhetskollen question pack'),
    'organisation.schema.json': generateJsonSchema(ZOrganisation, 'organisation.schema.json', 'Jämlikhetskollen organisation profile'),
  };
}
