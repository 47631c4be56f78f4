import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { OutputWriteError, RenderError } from '../../src/errors.js';
import { MINIMAL, tempDir } from '../helpers/fixture.js';

const manifestOf = (out: string) => JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));

describe('writing the output folder', () => {
  it('removes outputs the previous manifest listed and this build no longer makes; leaves other files alone', async () => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    const manifest = manifestOf(out);
    const old = { path: 'pdf/annex/099999-gone.pdf', bytes: 3, sha256: 'x', inputSha256: 'y' };
    mkdirSync(path.join(out, 'pdf/annex'), { recursive: true });
    writeFileSync(path.join(out, old.path), 'old');
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, outputs: [...manifest.outputs, old] }));
    await build({ dataDir: MINIMAL, outDir: out });
    expect(existsSync(path.join(out, old.path))).toBe(false);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(manifestOf(out).outputs.map((o: { path: string }) => o.path)).not.toContain(old.path);
  });

  it('ignores a previous manifest that is not ours, even for a partial build', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ outputs: [null, { x: 1 }, { path: '../../etc/passwd', bytes: 1, sha256: 'a', inputSha256: 'b' }] }));
    const { written, manifest } = await build({ dataDir: MINIMAL, outDir: out, municipality: 'otaru' });
    expect(manifest.outputs.map((o) => o.path)).toEqual(written);
  });

  it('leaves no manifest behind when writing fails half-way', async () => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    // A folder where the workbook should go makes its write fail after the PDFs are written.
    const workbook = path.join(out, 'xlsx/vision.xlsx');
    rmSync(workbook);
    mkdirSync(path.join(workbook, 'blocked'), { recursive: true });
    const error = await build({ dataDir: MINIMAL, outDir: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
  });

  it('counts the templates as input: a wording change changes the input hash', async () => {
    const templates = tempDir();
    cpSync(path.resolve(import.meta.dirname, '../../templates'), templates, { recursive: true });
    const a = await build({ dataDir: MINIMAL, outDir: tempDir(), templatesDir: templates });
    const file = path.join(templates, 'project-listing.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('documentSubtitle: 連携事業一覧', 'documentSubtitle: 連携事業の一覧'));
    const b = await build({ dataDir: MINIMAL, outDir: tempDir(), templatesDir: templates });
    expect(b.manifest.inputSha256).not.toBe(a.manifest.inputSha256);
  });

  it('names the template file and key when a template fails while rendering', async () => {
    const templates = tempDir();
    cpSync(path.resolve(import.meta.dirname, '../../templates'), templates, { recursive: true });
    const file = path.join(templates, 'project-listing.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"データの日付　{{date vision.asOf}}', '"データの日付　{{date vision.title}}'));
    const error = await build({ dataDir: MINIMAL, outDir: tempDir(), templatesDir: templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect((error as Error).message).toBe('could not render project listing: templates/project-listing.yaml, template "dataDate": {{date}} needs a date, such as vision.adopted; found "テスト圏域ビジョン"');
  });
});
