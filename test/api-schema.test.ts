// The API's TypeScript types (test/support/api-schema.ts), generated from the OpenAPI document by openapi-typescript,
// are what the journey tests' client (openapi-fetch) is typed with. This test fails when the document has changed
// and the types were not generated again; `UPDATE_API_SCHEMA=1 node --import tsx --test test/api-schema.test.ts`
// writes them.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../src/api/registry.ts';
import { API_ROUTES } from '../src/api/routes.ts';

const FILE = new URL('./support/api-schema.ts', import.meta.url);
const HEADER =
  '// Generated from the OpenAPI document by openapi-typescript (test/api-schema.test.ts): do not edit by hand.\n';

test('the API types the journey tests use are generated from the current OpenAPI document', async () => {
  const types = HEADER + astToString(await openapiTS(openApiDocument(API_ROUTES) as never));
  if (process.env.UPDATE_API_SCHEMA === '1') writeFileSync(FILE, types);
  assert.ok(
    readFileSync(FILE, 'utf8') === types,
    'test/support/api-schema.ts is out of date: run UPDATE_API_SCHEMA=1 node --import tsx --test test/api-schema.test.ts',
  );
});
