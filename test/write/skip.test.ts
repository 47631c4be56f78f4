import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { DEFAULT_TEMPLATES_DIR } from '../../src/templates-dir.js';
import { fixture, MINIMAL, replaceOnce, tempDir } from '../helpers/fixture.js';
import { run } from '../helpers/cli.js';
import { snapshotBytes } from '../helpers/snapshot.js';
import { expectExactlyTheManifest, manifestOf, snapshot } from './folder.js';

const ALL = [
  'pdf/annex/011002-sapporo.pdf', 'pdf/annex/012033-otaru.pdf', 'pdf/annex/013048-shinshinotsu.pdf', 'pdf/project-listing.pdf', 'pdf/system-chart.pdf',
  'xlsx/annex/011002-sapporo.xlsx', 'xlsx/annex/012033-otaru.xlsx', 'xlsx/annex/013048-shinshinotsu.xlsx', 'xlsx/vision.xlsx',
];

function edit(dir: string, file: string, change: (text: string) => string): void {
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

/** Templates of our own, to edit a word of without touching the shipped ones. */
function templatesCopy(): string {
  const dir = tempDir();
  cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
  return dir;
}

describe('a build makes only what changed', () => {
  it('with nothing changed, makes nothing and leaves every file and the manifest as they were', async () => {
    const data = fixture();
    const out = tempDir();
    const first = await build({ dataDir: data, outDir: out });
    expect([...first.written].sort()).toEqual(ALL);
    const before = snapshot(out);
    const again = await build({ dataDir: data, outDir: out });
    expect(again.written).toEqual([]);
    expect([...again.skipped].sort()).toEqual(ALL);
    expect(again.problems).toEqual(first.problems);
    expect(again.figures).toEqual(first.figures);
    expect(snapshot(out)).toEqual(before);
  });

  it('after a project is renamed, remakes exactly the documents that print it: the chart, the listing, the council workbook and its participant\'s handout', async () => {
    const data = fixture();
    const out = tempDir();
    await build({ dataDir: data, outDir: out });
    edit(data, 'projects/pillar-2.yaml', replaceOnce('name: 地域公共交通の維持', 'name: 地域公共交通の確保'));
    const after = await build({ dataDir: data, outDir: out });
    expect([...after.written].sort()).toEqual(['pdf/annex/012033-otaru.pdf', 'pdf/project-listing.pdf', 'pdf/system-chart.pdf', 'xlsx/annex/012033-otaru.xlsx', 'xlsx/vision.xlsx']);
    expect([...after.skipped].sort()).toEqual(['pdf/annex/011002-sapporo.pdf', 'pdf/annex/013048-shinshinotsu.pdf', 'xlsx/annex/011002-sapporo.xlsx', 'xlsx/annex/013048-shinshinotsu.xlsx']);
    // Every entry, made now or kept, vouches for this input.
    const manifest = expectExactlyTheManifest(out);
    expect(new Set(manifest.outputs.map((o) => o.inputSha256))).toEqual(new Set([manifest.inputSha256]));
  });

  it('after a word of the handout template changes, remakes the handouts only', async () => {
    const data = fixture();
    const templates = templatesCopy();
    const out = tempDir();
    await build({ dataDir: data, templatesDir: templates, outDir: out });
    edit(templates, 'municipality-handout.yaml', (t) => t.replace(/^pageNumber: .*$/m, 'pageNumber: "{{page}} ページ"'));
    const after = await build({ dataDir: data, templatesDir: templates, outDir: out });
    expect([...after.written].sort()).toEqual(['pdf/annex/011002-sapporo.pdf', 'pdf/annex/012033-otaru.pdf', 'pdf/annex/013048-shinshinotsu.pdf']);
  });

  it.each([
    ['altered', (file: string) => appendFileSync(file, 'x')],
    ['removed', (file: string) => rmSync(file)],
  ])('remakes an output file that was %s since, and only that one', async (_, spoil) => {
    const data = fixture();
    const out = tempDir();
    await build({ dataDir: data, outDir: out });
    const before = snapshotBytes(out);
    spoil(path.join(out, 'pdf/project-listing.pdf'));
    const after = await build({ dataDir: data, outDir: out });
    expect(after.written).toEqual(['pdf/project-listing.pdf']);
    expect(snapshotBytes(out)).toEqual(before);
  });

  it('with force, remakes everything, to the same bytes', async () => {
    const data = fixture();
    const out = tempDir();
    await build({ dataDir: data, outDir: out });
    const before = snapshotBytes(out);
    const forced = await build({ dataDir: data, outDir: out, force: true });
    expect([...forced.written].sort()).toEqual(ALL);
    expect(snapshotBytes(out)).toEqual(before);
  });

  it('gives the same bytes built afresh, built after an edit with skipping, and built with two workers', async () => {
    const data = fixture();
    const incremental = tempDir();
    await build({ dataDir: data, outDir: incremental });
    edit(data, 'projects/pillar-2.yaml', replaceOnce('page: 13', 'page: 14'));
    edit(data, 'region.yaml', replaceOnce('bureau: 後志総合振興局', 'bureau: 後志振興局'));
    await build({ dataDir: data, outDir: incremental });
    const fresh = tempDir();
    await build({ dataDir: data, outDir: fresh });
    const twoWorkers = tempDir();
    const parallel = await build({ dataDir: data, outDir: twoWorkers, workers: 2 });
    expect([...parallel.written].sort()).toEqual(ALL);
    expect(snapshotBytes(incremental)).toEqual(snapshotBytes(fresh));
    expect(snapshotBytes(twoWorkers)).toEqual(snapshotBytes(fresh));
    // The manifests name the same outputs, bytes and fingerprints, however they were made.
    expect(manifestOf(twoWorkers)).toEqual(manifestOf(fresh));
  });

  it('with two workers, a template that fails on the data is one positioned problem and nothing is written', async () => {
    const data = fixture();
    const templates = templatesCopy();
    edit(templates, 'municipality-handout.yaml', (t) => t.replace(/^footerTitle: .*$/m, 'footerTitle: "{{date municipality.name}}"'));
    const out = tempDir();
    const error = await build({ dataDir: data, templatesDir: templates, outDir: out, workers: 2 }).catch((e: unknown) => e);
    const problems = (error as { problems: { path: string; severity: string }[] }).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.path)).toEqual(['footerTitle']);
    expect(snapshot(out)).toEqual({});
  });
});

describe('the command line says what it skipped', () => {
  it('prints the same warnings and summary with nothing to do, and says every output is up to date', async () => {
    const out = tempDir();
    const first = await run('build', '--data', MINIMAL, '--out', out);
    const again = await run('build', '--data', MINIMAL, '--out', out);
    expect(again.code).toBe(0);
    expect(again.err).toBe(first.err);
    expect(first.out).toContain('wrote 9 outputs and the manifest');
    expect(again.out).toBe(first.out.slice(0, first.out.indexOf('wrote 9')) + `all 9 outputs in ${out}/ are up to date: nothing was made again (--force remakes them)`);
  });
});
