/**
 * The JSON Schema of the assessment file (the current format version),
 * generated from `ZAssessment` next to the questionnaire schemas, so that
 * other tools can check or read an exported assessment.
 */
import { generateJsonSchema, jsonSchemas } from '../questionnaire/json-schema';
import { ZAssessment } from './assessment';

/** File name → contents of every generated schema: questionnaire, framework and assessment. */
export function allJsonSchemas(): Record<string, string> {
  return {
    ...jsonSchemas(),
    'assessment.schema.json': generateJsonSchema(ZAssessment, 'assessment.schema.json', 'Jämlikhetskollen assessment'),
  };
}
