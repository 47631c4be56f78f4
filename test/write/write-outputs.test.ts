import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { OutputWriteError } from '../../src/errors.js';
import { writeOutputs } from '../../src/write/index.js';
import { MINIMAL, tempDir } from '../helpers/fixture.js';
import { documentsOf, expectExactlyTheManifest, snapshot, tinyPdf } from './folder.js';

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

  it.each([
    ['a folder where a workbook goes', (out: string) => (rmSync(path.join(out, 'xlsx/vision.xlsx')), mkdirSync(path.join(out, 'xlsx/vision.xlsx/blocked'), { recursive: true })), 'xlsx/vision.xlsx', 'is a folder'],
    ['a file where a folder goes', (out: string) => (rmSync(path.join(out, 'xlsx/annex'), { recursive: true }), writeFileSync(path.join(out, 'xlsx/annex'), 'x')), 'xlsx/annex/011002-sapporo.xlsx', 'is not a folder'],
    ['a folder where the manifest goes', (out: string) => (rmSync(path.join(out, 'manifest.json')), mkdirSync(path.join(out, 'manifest.json'))), 'manifest.json', 'is a folder'],
    ['a named pipe where the manifest goes', (out: string) => (rmSync(path.join(out, 'manifest.json')), execFileSync('mkfifo', [path.join(out, 'manifest.json')])), 'manifest.json', 'is not a regular file'],
    ['a link to a folder outside where the handouts go', (out: string) => (rmSync(path.join(out, 'pdf/annex'), { recursive: true }), symlinkSync(tempDir(), path.join(out, 'pdf/annex'))), 'pdf/annex/011002-sapporo.pdf', 'is a symbolic link; outputs are written only into real folders'],
  ])('refuses %s before writing anything', async (_, spoil, target, reason) => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    spoil(out);
    const before = snapshot(out);
    const error = await build({ dataDir: MINIMAL, outDir: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as Error).message).toContain(`could not write ${path.join(out, target)}: `);
    expect((error as Error).message).toContain(`${reason}; move it out of the way and build again`);
    expect(snapshot(out)).toEqual(before);
  });

  it('never removes a file through a linked folder, whatever the manifest says', async () => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    const victim = tempDir();
    writeFileSync(path.join(victim, 'secret.xlsx'), 'not ours');
    symlinkSync(victim, path.join(out, 'xlsx/linked'));
    const manifest = manifestOf(out);
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, outputs: [...manifest.outputs, { path: 'xlsx/linked/secret.xlsx', bytes: 8, sha256: 'a', inputSha256: 'b' }] }));
    await build({ dataDir: MINIMAL, outDir: out });
    expect(readFileSync(path.join(victim, 'secret.xlsx'), 'utf8')).toBe('not ours');
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


  it('removes only files and links a manifest names as outputs: never a folder, never through a link, never outside', async () => {
    const base = tempDir();
    const out = path.join(base, 'output');
    await build({ dataDir: MINIMAL, outDir: out });
    const manifest = manifestOf(out);
    writeFileSync(path.join(base, 'outside.pdf'), 'not ours');
    mkdirSync(path.join(out, 'pdf/annex/folder.pdf'));
    writeFileSync(path.join(out, 'pdf/annex/folder.pdf/inside.txt'), 'not ours either');
    symlinkSync(path.join(base, 'outside.pdf'), path.join(out, 'pdf/annex/link.pdf'));
    const entry = (p: string) => ({ path: p, bytes: 1, sha256: 'a', inputSha256: 'b' });
    const claims = ['pdf/annex', 'pdf/annex/folder.pdf', 'pdf/annex/link.pdf', 'pdf/../../outside.pdf', 'xlsx//vision.xlsx', 'pdf/./annex'];
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, outputs: [...manifest.outputs, ...claims.map(entry)] }));

    await build({ dataDir: MINIMAL, outDir: out });
    expect(readFileSync(path.join(base, 'outside.pdf'), 'utf8')).toBe('not ours');
    expect(readFileSync(path.join(out, 'pdf/annex/folder.pdf/inside.txt'), 'utf8')).toBe('not ours either');
    // The link was listed as an output, so it goes; what it points to stays.
    expect(existsSync(path.join(out, 'pdf/annex/link.pdf'))).toBe(false);
    expectExactlyTheManifest(out, ['pdf/annex/folder.pdf/inside.txt']);
  });

  it.each([
    ['a file name of 300 characters', 'pdf/annex', `${'a'.repeat(296)}.pdf`, 'its name is 300 bytes in UTF-8; a file name may have at most 222 (255 less 33 for the temporary name it is first written under)'],
    ['a file name of 79 characters but 229 bytes', 'pdf/annex', `${'あ'.repeat(75)}.pdf`, 'its name is 229 bytes in UTF-8; a file name may have at most 222 (255 less 33 for the temporary name it is first written under)'],
    ['a folder name of 300 characters', 'pdf/' + 'f'.repeat(300), 'x.pdf', `the folder name "${'f'.repeat(300)}" is 300 bytes in UTF-8; a name may have at most 255`],
  ])('refuses %s before touching the output folder', async (_, folder, name, reason) => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    const before = snapshot(out);
    const { model, documents } = await documentsOf(MINIMAL, 'otaru');
    const error = await writeOutputs(out, [...documents, tinyPdf(`${folder}/${name}`)], model.vision, 'input').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as OutputWriteError).detail.key).toBe('output.writeRefused');
    expect((error as Error).message).toBe(`could not write ${out}/${folder}/${name}: ${reason}`);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses an output folder whose path is too long before creating anything', async () => {
    const base = tempDir();
    const out = path.join(base, ...Array.from({ length: 21 }, (_, i) => `${i}`.padEnd(200, 'd')));
    const { model } = await documentsOf(MINIMAL);
    const error = await writeOutputs(out, [tinyPdf('pdf/x.pdf')], model.vision, 'input').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    // The manifest is checked first: before the lock is taken, the folder made or any output rendered.
    const target = `${out}/manifest.json`;
    expect((error as Error).message).toBe(`could not write ${target}: the path is ${Buffer.byteLength(target)} bytes in UTF-8; a file's path may have at most 4063 (4096 less 33 for the temporary name it is first written under)`);
    expect(snapshot(base)).toEqual({});
  });
});
