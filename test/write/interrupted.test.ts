import { formatMessage } from '../../src/messages/index.js';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { writeOutputs } from '../../src/write/index.js';
import { fixture, MINIMAL, tempDir } from '../helpers/fixture.js';
import { deadPid, documentsOf, expectExactlyTheManifest, expectManifestTrueToDisk, manifestOf, OLDER_DATA } from './folder.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a build killed while writing leaves: its journal, no manifest, some files replaced, temporaries, its lock. */
function leaveInterrupted(out: string, journal: { entries: unknown[]; paths: string[] }, replaced: Record<string, string>): void {
  const pid = deadPid();
  writeFileSync(path.join(out, '.build-journal.json'), JSON.stringify(journal));
  rmSync(path.join(out, 'manifest.json'));
  for (const [file, text] of Object.entries(replaced)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
  writeFileSync(path.join(out, '.build.lock'), `${pid}\n`);
  writeFileSync(path.join(out, `.manifest.json.${pid}.12.tmp`), '{');
  writeFileSync(path.join(out, `..build-journal.json.${pid}.1.tmp`), '{');
  writeFileSync(path.join(out, `pdf/.system-chart.pdf.${pid}.5.tmp`), 'half a pdf');
  mkdirSync(path.join(out, 'xlsx/annex'), { recursive: true });
  writeFileSync(path.join(out, `xlsx/annex/.012033-otaru.xlsx.${pid}.9.tmp`), 'half a workbook');
}

describe('after a build was interrupted', () => {
  it('a full build ends with exactly the outputs its manifest lists: no stale output, temporary file, journal or lock', async () => {
    const out = tempDir();
    await build({ dataDir: fixture(OLDER_DATA), outDir: out });
    const older = manifestOf(out);
    // Files that were never ours, some looking a little like ours, stay.
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    writeFileSync(path.join(out, 'pdf/.draft.tmp'), 'mine');
    writeFileSync(path.join(out, 'pdf/.notes.txt.1234.5.tmp'), 'mine');
    // A full build of the current data was killed after writing the chart and a renamed member's handout.
    const { documents } = await documentsOf(MINIMAL);
    leaveInterrupted(out, { entries: older.outputs, paths: [...older.outputs.map((o) => o.path), ...documents.map((d) => d.path)] }, {
      'pdf/system-chart.pdf': 'the new chart',
      'pdf/annex/013048-shinshinotsu.pdf': 'a new handout',
    });

    const { manifest } = await build({ dataDir: MINIMAL, outDir: out });
    expect(manifest.outputs.map((o) => o.path)).toEqual(documents.map((d) => d.path).sort());
    expectExactlyTheManifest(out, ['notes.txt', 'pdf/.draft.tmp', 'pdf/.notes.txt.1234.5.tmp']);
    expect(existsSync(path.join(out, 'pdf/annex/013048-shinshino.pdf'))).toBe(false);
  });

  it('a partial build keeps only the earlier outputs still intact, removes the rest and says so', async () => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    const complete = manifestOf(out);
    // A full build of other data was killed after replacing the chart and adding a renamed member's handout.
    leaveInterrupted(out, { entries: complete.outputs, paths: [...complete.outputs.map((o) => o.path), 'pdf/annex/013048-shinshino.pdf'] }, {
      'pdf/system-chart.pdf': 'another chart',
      'pdf/annex/013048-shinshino.pdf': 'another handout',
    });
    rmSync(path.join(out, 'xlsx/vision.xlsx'));

    const { model, documents } = await documentsOf(MINIMAL, 'otaru');
    const { manifest, warnings } = await writeOutputs(out, documents, model.vision, complete.inputSha256, { partial: true });
    expect(warnings.map((w) => formatMessage(w, 'en'))).toEqual([
      `an earlier build into ${out} was interrupted; these outputs no longer matched the last complete build and were removed (or were already gone): pdf/annex/013048-shinshino.pdf, pdf/system-chart.pdf, xlsx/vision.xlsx. Run \`npm run build\` to rebuild everything.`,
    ]);
    const gone = ['pdf/system-chart.pdf', 'xlsx/vision.xlsx'];
    expect(manifest.outputs).toEqual(complete.outputs.filter((o) => !gone.includes(o.path)));
    expectExactlyTheManifest(out);
  });

  it('a partial build after a complete one keeps every earlier entry and has nothing to say', async () => {
    const out = tempDir();
    await build({ dataDir: MINIMAL, outDir: out });
    const complete = manifestOf(out);
    const { model, documents } = await documentsOf(MINIMAL, 'otaru');
    const { manifest, warnings } = await writeOutputs(out, documents, model.vision, complete.inputSha256, { partial: true });
    expect(warnings).toEqual([]);
    expect(manifest.outputs).toEqual(complete.outputs);
    expectExactlyTheManifest(out);
  });

  it('kill drill: a build killed with SIGKILL while writing leaves the last complete set or no manifest, and the next build tidies up', async () => {
    const out = tempDir();
    await build({ dataDir: fixture(OLDER_DATA), outDir: out });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--data', MINIMAL, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    // Killed the moment its journal appears: it has started writing and not yet finished.
    let seen = false;
    const watcher = watch(out, (_, name) => {
      if (name !== '.build-journal.json' || seen) return;
      seen = true;
      child.kill('SIGKILL');
    });
    const signal = await new Promise((resolve) => child.on('exit', (_, s) => resolve(s)));
    watcher.close();
    expect([seen, signal]).toEqual([true, 'SIGKILL']);
    if (existsSync(path.join(out, 'manifest.json'))) expectManifestTrueToDisk(out);

    const { manifest } = await build({ dataDir: MINIMAL, outDir: out });
    expect(manifest.outputs.map((o) => o.path)).toEqual((await documentsOf(MINIMAL)).documents.map((d) => d.path).sort());
    expectExactlyTheManifest(out);
  }, 60_000);
});
