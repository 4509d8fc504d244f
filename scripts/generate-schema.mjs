// Writes schema/lift-plan.schema.json from the TypeBox definition (run after `npm run build`).
// test/emit/json-schema.test.ts fails when the published file and the definition differ.

import { writeFileSync } from 'node:fs';
import { planJsonSchemaDocument } from '../packages/language/out/index.js';

const target = new URL('../schema/lift-plan.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(planJsonSchemaDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
