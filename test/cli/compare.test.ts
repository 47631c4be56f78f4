import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runWith } from '../helpers/cli.js';
import { fixture, MINIMAL, replaceOnce, tempDir } from '../helpers/fixture.js';

const NEW_IN_1B = '  - id: p06\n    name: 新しい連携事業\n    field: 1b\n    page: 11\n    marks: [1]\n    participants: all\n';

/** A repository with the minimal data committed twice: first as it is, then with one project inserted and one renamed. */
function repository(): { root: string; data: string } {
  const root = tempDir('vision-git-');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  const data = path.join(root, 'data');
  cpSync(MINIMAL, data, { recursive: true });
  git('add', '.');
  git('commit', '-qm', 'first edition');
  const file = path.join(data, 'projects/pillar-1.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, replaceOnce('name: 企業誘致の推進', 'name: 連携による企業誘致の推進')(replaceOnce('  - id: p03\n', `${NEW_IN_1B}  - id: p03\n`)(text)));
  git('commit', '-qam', 'one project inserted, one renamed');
  return { root, data };
}

describe('compare --base', () => {
  it('compares with git:HEAD~1 without touching the working tree, and summarises on one screen', async () => {
    const { root, data } = repository();
    const before = execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString();
    const out = path.join(tempDir(), 'out');
    const result = await run('compare', '--base', 'git:HEAD~1', '--data', data, '--out', out);
    expect(result.code).toBe(0);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString()).toBe(before);
    const lines = result.out.split('\n');
    const from = lines.findIndex((l) => l.startsWith('compared with git:HEAD~1'));
    expect(lines.slice(from, from + 10)).toEqual([
      'compared with git:HEAD~1 (data as of 2024-03-29) → data as of 2024-03-29',
      '  added                   1  NO 3 新しい連携事業 (p06)',
      '  removed                 0',
      '  renamed                 1  NO 2 連携による企業誘致の推進 (p02)',
      '  marks changed           0',
      '  moved between fields    0',
      '  page changed            0',
      '  participants changed    0',
      '  renumbered              3  NO 3–5 → 4–6',
      '  other printed items     0',
    ]);
  });

  it('--json prints the same change list as JSON, alone on stdout', async () => {
    const { data } = repository();
    const result = await run('compare', '--base', 'git:HEAD~1', '--data', data, '--out', path.join(tempDir(), 'out'), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { base: { source: string }; projects: { id: string; aspects: string[]; before?: { no: number; name: string }; after?: { no: number; name: string } }[]; renumberings: unknown[] };
    expect(json.base.source).toBe('git:HEAD~1');
    expect(json.projects.map((p) => [p.id, p.aspects, p.before?.name, p.after?.name])).toEqual([
      ['p02', ['renamed'], '企業誘致の推進', '連携による企業誘致の推進'],
      ['p06', ['added'], undefined, '新しい連携事業'],
    ]);
    expect(json.renumberings).toEqual([{ from: { first: 3, last: 5 }, to: { first: 4, last: 6 } }]);
  });

  it('says when both sides are the same', async () => {
    const { data } = repository();
    const result = await run('compare', '--base', 'git:HEAD', '--data', data, '--out', path.join(tempDir(), 'out'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('no differences: nothing the documents print has changed, so no 新旧対照表 was written');
  });

  it('compares with a data folder', async () => {
    const current = fixture({ 'projects/pillar-2.yaml': replaceOnce('page: 13', 'page: 14') });
    const result = await run('compare', '--base', MINIMAL, '--data', current, '--out', path.join(tempDir(), 'out'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('  page changed            1  NO 5 地域公共交通の維持 (p05)');
  });

  it('a bad ref, or a base that is not valid, is an error that says it is the base; nothing is written', async () => {
    const { data } = repository();
    const out = path.join(tempDir(), 'out');
    const badRef = await run('compare', '--base', 'git:no-such-tag', '--data', data, '--out', out);
    expect(badRef.code).toBe(1);
    expect(badRef.err).toMatch(/^error: base git:no-such-tag: no revision "no-such-tag" in the repository /);

    const broken = fixture({ 'projects/pillar-1.yaml': replaceOnce('- id: p03', '- id: p02') });
    const invalid = await run('compare', '--base', broken, '--data', data, '--out', out);
    expect(invalid.code).toBe(1);
    const errLines = invalid.err.split('\n');
    expect(errLines[0]).toMatch(/^the base .* is not valid data, so it cannot be compared with:$/);
    expect(errLines[1]).toMatch(/pillar-1\.yaml:\d+:9 {2}projects\[2\]\.id {2}id "p02" is used twice/);
    expect(invalid.err).not.toContain('warning');
    expect(existsSync(out)).toBe(false);
  });

  it('names the files of an invalid git base as the revision\'s', async () => {
    const { root, data } = repository();
    const file = path.join(data, 'projects/pillar-1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: p03', '- id: p02'));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qam', 'broken'], { cwd: root });
    execFileSync('git', ['checkout', '-q', 'HEAD~1', '--', 'data'], { cwd: root });
    const result = await run('compare', '--base', 'git:HEAD', '--data', data, '--out', path.join(tempDir(), 'out'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^git:HEAD:data\/projects\/pillar-1\.yaml:\d+:9 {2}projects\[\d\]\.id {2}id "p02" is used twice; first at git:HEAD:data\/projects\/pillar-1\.yaml:\d+:9$/m);
  });

  it('needs --base, and --base belongs to compare', async () => {
    expect((await run('compare')).err).toContain('error: compare needs --base');
    expect((await run('build', '--base', 'git:HEAD')).err).toContain('error: --base applies to compare only');
  });

  it('reads a data folder that is itself the top of its repository; a path that is not a commit, or not a folder, is named for what it is', async () => {
    const root = tempDir('vision-git-top-');
    cpSync(MINIMAL, root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'data at the top');
    const same = await run('compare', '--base', 'git:HEAD', '--data', root, '--out', path.join(tempDir(), 'out'));
    expect(same.code).toBe(0);
    expect(same.out).toContain('no differences');
    const tree = await run('compare', '--base', 'git:HEAD^{tree}', '--data', root, '--out', path.join(tempDir(), 'out'));
    expect(tree.err.split('\n')[0]).toBe('error: base git:HEAD^{tree}: "HEAD^{tree}" is not a commit; name a revision such as git:HEAD, git:HEAD~1 or a tag');
    const missing = await run('compare', '--base', path.join(root, 'nowhere'), '--data', root, '--out', path.join(tempDir(), 'out'));
    expect(missing.code).toBe(1);
    expect(missing.err.split('\n')[0]).toMatch(/^error: base .*nowhere\/: not a data folder; give --base a data folder or git:REVISION$/);
  });

  it('says when only the revision record differs, and warns when the base is the newer side', async () => {
    const revised = fixture({ 'vision.yaml': replaceOnce('revisions: []', 'revisions:\n    - { date: 2025-04-01, label: 一部変更 }') });
    const only = await run('compare', '--base', MINIMAL, '--data', revised, '--out', path.join(tempDir(), 'out'));
    expect(only.out).toContain('only the revision record differs (the edition in the titles and the 改定履歴): nothing for a 新旧対照表, so none was written');
    const backwards = await runWith({}, 'compare', '--base', revised, '--data', MINIMAL, '--out', path.join(tempDir(), 'out'));
    expect(backwards.out).toContain('警告: 比較元（2025-04-01 時点）のほうが、いまのデータ（2024-03-29 時点）より新しい日付です。--base と --data が逆ではありませんか');
  });

  it('compares with an edition kept from before ids, its `no:` read as the ids the migration gives', async () => {
    const old = fixture({ 'projects/pillar-1.yaml': (t) => t.replace(/- id: p0(\d)\n/g, (_, n: string) => `- no: ${n}\n`).replace('name: 企業誘致の推進', 'name: 誘致の推進') });
    const result = await run('compare', '--base', old, '--data', MINIMAL, '--out', path.join(tempDir(), 'out'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('  renamed                 1  NO 2 企業誘致の推進 (p02)');
    expect(result.out).toContain('  added                   0');
    // The current data must say what it means: the same file there is an error.
    expect((await run('validate', '--data', old)).code).toBe(1);
  });

  it('warns when an id seems to have passed to another project (its name and field both changed)', async () => {
    const current = fixture({ 'projects/pillar-1.yaml': replaceOnce('name: 企業誘致の推進\n    field: 1b', 'name: 観光の振興\n    field: 1a') });
    const result = await run('compare', '--base', MINIMAL, '--data', current, '--out', path.join(tempDir(), 'out'));
    expect(result.out).toContain('  warning: p02 changed both its name (企業誘致の推進 → 観光の振興) and its field; if it is another project, give it a new id (ids are never reused)');
  });
});
