/**
 * What a build with nothing to do may trust (src/up-to-date.ts, and the skipping in
 * src/write): found by a red-team pass, each case once left stale or stray files in place, or
 * printed what a build would not have found.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, tempDir } from './helpers/fixture.js';
import { run } from './helpers/cli.js';
import { snapshotBytes } from './helpers/snapshot.js';
import { deadPid, expectExactlyTheManifest, manifestOf } from './write/folder.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function editJson(file: string, change: (value: any) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  change(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The problem lines a build printed (where, what), without the lines that name the output folder. */
function warningLines(err: string): string[] {
  return err.split('\n').filter((line) => line.includes('warning'));
}

describe('a build with nothing to do trusts nothing but the input files, the program as installed and the outputs', () => {
  it('makes the PDFs again after npm installs another pdfkit under pdfmake\'s range (package.json unchanged)', () => {
    // A second installation of the program whose node_modules is the real one, except for its own copy of pdfkit
    // and of npm's record of what it installed: `npm install` picking up a new pdfkit patch release
    // (pdfmake 0.3.11 asks for ^0.19.1).
    execFileSync(process.execPath, [path.join(ROOT, 'bin/vision.js'), '--help'], { stdio: 'ignore' }); // dist/ up to date
    const install = tempDir('vision-install-');
    for (const entry of ['dist', 'templates', 'package.json']) cpSync(path.join(ROOT, entry), path.join(install, entry), { recursive: true });
    mkdirSync(path.join(install, 'node_modules'));
    for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (name === 'pdfkit' || name === '.package-lock.json') cpSync(path.join(ROOT, 'node_modules', name), path.join(install, 'node_modules', name), { recursive: true });
      else symlinkSync(path.join(ROOT, 'node_modules', name), path.join(install, 'node_modules', name));
    }
    const cli = (out: string, ...more: string[]) => {
      const result = spawnSync(process.execPath, ['--preserve-symlinks', path.join(install, 'dist/cli.js'), 'build', '--data', data, '--out', out, '--lang', 'en', ...more], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const data = fixture();
    const out = tempDir();
    cli(out);
    // The "upgrade": pdfkit now writes a comment line after the header of every PDF.
    const pdfkit = path.join(install, 'node_modules/pdfkit/js/pdfkit.js');
    const source = readFileSync(pdfkit, 'utf8');
    expect(source).toContain('this._write(`%PDF-${this.version}`);');
    writeFileSync(pdfkit, source.replace('this._write(`%PDF-${this.version}`);', 'this._write(`%PDF-${this.version}\\n%upgraded`);'));
    const installed = path.join(install, 'node_modules/.package-lock.json');
    editJson(installed, (lock) => {
      lock.packages['node_modules/pdfkit'].version = '0.19.99';
    });

    const again = cli(out);
    const fresh = tempDir();
    cli(fresh);
    // What a build of this data by this installation makes...
    expect(readFileSync(path.join(fresh, 'pdf/system-chart.pdf'), 'latin1')).toContain('%upgraded');
    // ...is what the folder should hold after the build that said it was done.
    expect(again).not.toContain('up to date');
    expect(snapshotBytes(out)).toEqual(snapshotBytes(fresh));
  }, 120_000);

  it('tells input files apart even when a text holds NUL: invalid data is refused, not taken for the data built before', async () => {
    const data = fixture();
    const out = tempDir();
    expect((await run('build', '--data', data, '--out', out)).code).toBe(0);
    // projects/pillar-2.yaml folded into pillar-1.yaml behind a NUL, pillar-2.yaml removed: other data, and not valid.
    const one = path.join(data, 'projects/pillar-1.yaml');
    const two = path.join(data, 'projects/pillar-2.yaml');
    writeFileSync(one, `${readFileSync(one, 'utf8')}\0data/projects/pillar-2.yaml\0${readFileSync(two, 'utf8')}`);
    rmSync(two);
    expect((await run('validate', '--data', data)).code).toBe(1);
    const again = await run('build', '--data', data, '--out', out);
    expect(again.code).toBe(1);
  });

  it('ignores a check record edited by hand: the warnings and figures printed are those the build finds', async () => {
    const data = fixture();
    const out = tempDir();
    const first = await run('build', '--data', data, '--out', out);
    expect(warningLines(first.err).length).toBeGreaterThan(0);
    editJson(path.join(out, 'manifest.json'), (m) => {
      m.check.problems = [];
      m.check.figures.projects = 99;
    });
    const again = await run('build', '--data', data, '--out', out);
    expect(warningLines(again.err)).toEqual(warningLines(first.err));
    expect(again.out).not.toContain('99 projects');
  });

  it('ignores a check record whose message parameters were edited, rather than failing to print them', async () => {
    const data = fixture();
    const out = tempDir();
    await run('build', '--data', data, '--out', out);
    editJson(path.join(out, 'manifest.json'), (m) => {
      m.check.problems[0].message.params = {};
    });
    const again = await run('build', '--data', data, '--out', out);
    expect(again.err).not.toMatch(/internal error/i);
    expect(again.code).toBe(0);
  });

  it('makes an output again that is missing from disk and from the manifest', async () => {
    const data = fixture();
    const out = tempDir();
    await run('build', '--data', data, '--out', out);
    editJson(path.join(out, 'manifest.json'), (m) => {
      m.outputs = m.outputs.filter((o: { path: string }) => o.path !== 'pdf/system-chart.pdf');
    });
    rmSync(path.join(out, 'pdf/system-chart.pdf'));
    const again = await run('build', '--data', data, '--out', out);
    expect(again.code).toBe(0);
    expect(manifestOf(out).outputs.map((o) => o.path)).toContain('pdf/system-chart.pdf');
    expectExactlyTheManifest(out);
  });
});

describe('what a killed build leaves is cleaned up by a build with nothing to make', () => {
  it('after a build killed between its journal and its manifest (same data), the next build ends with exactly the manifest\'s files', async () => {
    const data = fixture();
    const out = tempDir();
    await run('build', '--data', data, '--out', out);
    // The state a `build --force` killed right after writeJournal() leaves: the manifest, the journal,
    // its staged bytes under their temporary names and its lock.
    const pid = deadPid();
    const manifest = manifestOf(out);
    writeFileSync(path.join(out, '.build-journal.json'), `${JSON.stringify({ entries: manifest.outputs, paths: manifest.outputs.map((o) => o.path).sort() }, null, 2)}\n`);
    cpSync(path.join(out, 'pdf/system-chart.pdf'), path.join(out, `pdf/.system-chart.pdf.${pid}.1.tmp`));
    cpSync(path.join(out, 'xlsx/vision.xlsx'), path.join(out, `xlsx/.vision.xlsx.${pid}.2.tmp`));
    writeFileSync(path.join(out, '.build.lock'), `${pid}\n`);
    const again = await run('build', '--data', data, '--out', out);
    expect(again.code).toBe(0);
    // README: "a full build ends with exactly the files its manifest lists (the killed build's leftover outputs and temporary files gone)".
    expectExactlyTheManifest(out);
  });

  it('after a build killed while rendering (Ctrl+C of `build --force`), its temporary files are removed', async () => {
    const data = fixture();
    const out = tempDir();
    await run('build', '--data', data, '--out', out);
    const pid = deadPid();
    cpSync(path.join(out, 'pdf/system-chart.pdf'), path.join(out, `pdf/.system-chart.pdf.${pid}.1.tmp`));
    cpSync(path.join(out, 'pdf/project-listing.pdf'), path.join(out, `pdf/.project-listing.pdf.${pid}.2.tmp`));
    await run('build', '--data', data, '--out', out);
    expectExactlyTheManifest(out);
  });
});

describe('warnings of a build with nothing to do', () => {
  it('are printed as a full build prints them, whichever folder the command runs from', async () => {
    const data = fixture();
    const out = tempDir();
    // The record is made from elsewhere (as `npm run build -- --data <folder>` does)...
    await run('build', '--data', data, '--out', out);
    const cwd = process.cwd();
    try {
      // ...then the same data is built from inside its folder.
      process.chdir(data);
      const noop = await run('build', '--data', '.', '--out', out);
      expect(noop.out).toContain('up to date');
      const full = await run('build', '--data', '.', '--out', out, '--force');
      expect(warningLines(noop.err)).toEqual(warningLines(full.err));
    } finally {
      process.chdir(cwd);
    }
  });
});
