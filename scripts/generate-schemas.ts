/**
 * JSON Schemas of the data files, for editors: VS Code's YAML extension reads the
 * `# yaml-language-server: $schema=` line at the top of each file (or .vscode/settings.json) and
 * completes keys, flags mistakes and shows each property's Japanese description. One schema per
 * kind of file, made from the zod schema that validation uses, with the descriptions of
 * src/validate/descriptions.ts. `npm run schemas` writes them to schema/; test/schemas.test.ts
 * fails when the files there are not what this makes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DESCRIPTIONS } from '../src/validate/descriptions.js';
import { dataFileSchema } from '../src/validate/schema.js';

export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../schema');

/**
 * Each kind of shipped file holds some sections of a data file and must hold its main one, so an
 * editor offers exactly those keys. `data-file` is any file of data/, which may hold any sections
 * (a file a planning officer adds, say).
 */
const KINDS = {
  vision: { title: 'ビジョン（data/vision.yaml）', schema: dataFileSchema.pick({ vision: true }).required() },
  region: { title: '連携中枢都市圏と構成市町村（data/region.yaml）', schema: dataFileSchema.pick({ region: true }).required() },
  policies: { title: '重点施策と共通施策（data/policies.yaml）', schema: dataFileSchema.pick({ policies: true }).required() },
  structure: { title: '柱・節・政策分野（data/structure.yaml）', schema: dataFileSchema.pick({ pillars: true }).required() },
  projects: {
    title: '連携事業（data/projects/*.yaml）',
    schema: dataFileSchema.pick({ projectProvenance: true, projects: true }).required({ projects: true }),
  },
  'data-file': { title: 'データファイル（data/ の任意の .yaml。一つ以上の節を書きます）', schema: dataFileSchema },
};

type Json = { [key: string]: unknown };

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of a JSON Schema node with every property (and every value of a mapping) described,
 * the description first so it reads first in the file. `at` is the node's schema path, as
 * descriptions.ts keys it; paths found and paths lacking a description are collected.
 */
function describe(node: Json, at: string, found: Set<string>, lacking: Set<string>): Json {
  const property = (child: Json, key: string): Json => {
    found.add(key);
    const description = DESCRIPTIONS[key];
    if (description === undefined) lacking.add(key);
    return { ...(description === undefined ? {} : { description }), ...describe(child, key, found, lacking) };
  };
  const copy: Json = { ...node };
  if (isJson(node.properties)) {
    copy.properties = Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, property(child as Json, at === '' ? key : `${at}.${key}`)]));
  }
  if (isJson(node.items)) copy.items = describe(node.items, `${at}[]`, found, lacking);
  if (isJson(node.additionalProperties)) copy.additionalProperties = property(node.additionalProperties, `${at}.*`);
  // `participants` is `all` or a list: the property carries the description, each branch is walked for what it holds.
  if (Array.isArray(node.anyOf)) copy.anyOf = node.anyOf.map((branch: Json) => describe(branch, at, found, lacking));
  return copy;
}

/** File name in schema/ → its text. Throws, naming them, when a property lacks a description or a description names no property. */
export function generateSchemas(): Map<string, string> {
  const found = new Set<string>();
  const lacking = new Set<string>();
  const files = new Map<string, string>();
  for (const [kind, { title, schema }] of Object.entries(KINDS)) {
    // Draft 7: the YAML extension supports JSON Schema 7 and below. Output side: a revision's
    // label checks its length after a pipe, and no part of the schema changes a value, so the
    // output is exactly what a file must hold.
    const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' });
    files.set(`${kind}.schema.json`, `${JSON.stringify({ $schema, title, ...describe(body, '', found, lacking) }, null, 2)}\n`);
  }
  const unused = Object.keys(DESCRIPTIONS).filter((key) => !found.has(key));
  if (lacking.size > 0 || unused.length > 0) {
    throw new Error(
      [
        ...[...lacking].map((key) => `no description for ${key}: add one to src/validate/descriptions.ts`),
        ...unused.map((key) => `src/validate/descriptions.ts describes ${key}, which the schema does not have`),
      ].join('\n'),
    );
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  const files = generateSchemas();
  for (const [name, text] of files) writeFileSync(path.join(SCHEMA_DIR, name), text);
  console.log(`wrote ${[...files.keys()].map((name) => `schema/${name}`).join(', ')}`);
}
