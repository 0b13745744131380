// Writes the generated JSON Schemas into questionnaires/schema/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allJsonSchemas } from '../assessment/json-schema';

const dir = join(import.meta.dirname, '../../questionnaires/schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(allJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote questionnaires/schema/${name}`);
}
