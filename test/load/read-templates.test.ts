import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { DEFAULT_TEMPLATES_DIR } from '../../src/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { readTemplates } from '../../src/load/index.js';
import { inWords } from '../helpers/check.js';
import { MINIMAL, tempDir } from '../helpers/fixture.js';

function templatesWith(edit: (text: string) => string): string {
  const dir = tempDir();
  cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
  const file = path.join(dir, 'system-chart.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('templates', () => {
  it('compiles every shipped template and fills it strictly', async () => {
    const { templates, problems } = await readTemplates(DEFAULT_TEMPLATES_DIR);
    expect(problems).toEqual([]);
    const fill = templates.get('system-chart')!.get('pillarTitle')!.render;
    expect(fill({ pillar: { label: '１', name: '経済' } })).toBe('１　経済');
    expect(() => fill({})).toThrow(/"label" not defined/);
  });

  it('reports a template syntax error at its line, before anything is written', async () => {
    const templates = templatesWith((t) => t.replace('columnNo: NO.', 'columnNo: "{{#if x}}NO."'));
    const outDir = path.join(tempDir(), 'out');
    const error = await build({ dataDir: MINIMAL, outDir, templatesDir: templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const [problem] = inWords((error as InvalidInputError).problems.filter((p) => p.path === 'columnNo'));
    const lines = readFileSync(path.join(templates, 'system-chart.yaml'), 'utf8').split('\n');
    expect(problem!.line).toBe(lines.findIndex((l) => l.startsWith('columnNo:')) + 1);
    expect(problem!.message).toMatch(/^template syntax: /);
  });

  it('reports a template the renderer needs but the file lacks', async () => {
    const templates = templatesWith((t) => t.replace(/^columnPage: .*\n/m, ''));
    const error = await build({ dataDir: MINIMAL, outDir: tempDir(), templatesDir: templates }).catch((e: unknown) => e);
    expect(inWords((error as InvalidInputError).problems.filter((p) => p.severity === 'error')).map((p) => [p.path, p.message])).toEqual([['columnPage', 'missing template "columnPage"']]);
  });

  it('reports a template that fails on this data at its line, naming the document, before anything is written', async () => {
    const templates = templatesWith((t) => t.replace('issuerLine: "{{vision.issuer}}', 'issuerLine: "{{vision.publisher}}'));
    const outDir = path.join(tempDir(), 'out');
    const error = await build({ dataDir: MINIMAL, outDir, templatesDir: templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const [problem, ...rest] = inWords((error as InvalidInputError).problems.filter((p) => p.severity === 'error'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: path.join(templates, 'system-chart.yaml'), path: 'issuerLine' });
    expect(problem!.line).toBe(readFileSync(path.join(templates, 'system-chart.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('issuerLine:')) + 1);
    expect(problem!.message).toMatch(/^fails for this data while making the system chart: "publisher" not defined/);
    expect(existsSync(outDir)).toBe(false);
  });
});
