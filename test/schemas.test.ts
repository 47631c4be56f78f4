import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateSchemas, SCHEMA_DIR } from '../scripts/generate-schemas.js';
import { SHIPPED_DATA } from './helpers/fixture.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const generated = generateSchemas();
const schemaOf = (name: string): Record<string, unknown> => JSON.parse(generated.get(name)!);

/** Every file of data/ (relative to the repository) → the file in schema/ its first line names (or, naming none, that line, which a test reports). */
const named = new Map(
  fg.sync('**/*.yaml', { cwd: SHIPPED_DATA }).map((name) => {
    const file = path.join(SHIPPED_DATA, name);
    const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0]!;
    const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine)?.[1];
    return [path.relative(ROOT, file), target === undefined ? firstLine : path.relative(SCHEMA_DIR, path.resolve(path.dirname(file), target))];
  }),
);

const ajv = new Ajv({ allErrors: true });
const validators = new Map<string, ValidateFunction>();

/** A validator of the draft the schemas name (ajv's default, draft 7), made once; a schema that is not valid JSON Schema fails the test. */
function validator(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (validate === undefined) {
    const schema = schemaOf(name);
    expect(ajv.validateSchema(schema), `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
    validate = ajv.compile(schema);
    validators.set(name, validate);
  }
  return validate;
}

/** Every property (and every value of a mapping) anywhere in a schema, by where it sits in the JSON. */
function properties(node: unknown, at: string): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const found: [string, Record<string, unknown>][] = [];
  for (const [key, child] of Object.entries(node)) {
    const here = `${at}/${key}`;
    if (key === 'properties') for (const [name, property] of Object.entries(child as object)) found.push([`${here}/${name}`, property]);
    if (key === 'additionalProperties' && typeof child === 'object') found.push([here, child]);
    found.push(...properties(child, here));
  }
  return found;
}

describe('JSON Schemas for editors', () => {
  it('are in schema/ as `npm run schemas` writes them', () => {
    expect(readdirSync(SCHEMA_DIR).sort(), 'run `npm run schemas`, and delete what it does not write').toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(path.join(SCHEMA_DIR, name), 'utf8'), `schema/${name} is stale: run \`npm run schemas\``).toBe(text);
  });

  it('describe every property in Japanese', () => {
    for (const name of generated.keys()) {
      const undescribed = properties(schemaOf(name), '')
        .filter(([, property]) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(String(property.description)))
        .map(([where]) => where);
      expect(undescribed, name).toEqual([]);
    }
  });

  it('are named by the first line of every shipped data file, which each satisfies', () => {
    expect([...named.values()].filter((target) => !generated.has(target)), 'a first line that names no schema').toEqual([]);
    const anyDataFile = validator('data-file.schema.json');
    for (const [file, target] of named) {
      const data = parse(readFileSync(path.join(ROOT, file), 'utf8'));
      const validate = validator(target);
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(anyDataFile(data), `${file}: ${JSON.stringify(anyDataFile.errors)}`).toBe(true);
    }
  });

  it('are mapped to the same files by .vscode/settings.json, for a file without the first line', () => {
    const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    const mapped = new Map(
      Object.entries(settings['yaml.schemas']).flatMap(([schema, glob]) => fg.sync(glob, { cwd: ROOT }).map((file) => [file, path.relative(SCHEMA_DIR, path.join(ROOT, schema))])),
    );
    expect(mapped).toEqual(named);
  });

  it('refuse what validation refuses: a misspelt key, a wrong type, a file without its section', () => {
    const projects = validator('projects.schema.json');
    const project = { id: 'p54', name: '連携事業', field: '1a', page: 61, marks: [1], participants: 'all' };
    expect(projects({ projects: [project] })).toBe(true);
    expect(projects({ projects: [{ ...project, mark: [1] }] })).toBe(false);
    expect(projects({ projects: [{ ...project, page: '61' }] })).toBe(false);
    expect(projects({ projectProvenance: { page: 'certain' } })).toBe(false);
    expect(validator('vision.schema.json')({ region: {} })).toBe(false);
  });
});
