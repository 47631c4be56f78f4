import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { resolveLang } from '../../src/messages/index.js';
import { run, runWith } from '../helpers/cli.js';
import { fixture, MINIMAL, replaceOnce, tempDir } from '../helpers/fixture.js';

describe('the language of what the command line prints', () => {
  it('is Japanese by default, English with --lang en or an English locale', async () => {
    expect((await runWith({}, 'frobnicate')).err.split('\n')[0]).toBe('エラー: 「frobnicate」というコマンドはありません');
    expect((await runWith({ LANG: 'C.UTF-8' }, 'frobnicate')).err.split('\n')[0]).toBe('エラー: 「frobnicate」というコマンドはありません');
    expect((await runWith({}, 'frobnicate', '--lang', 'en')).err.split('\n')[0]).toBe('error: unknown command "frobnicate"');
    expect((await runWith({ LANG: 'en_GB.UTF-8' }, 'frobnicate')).err.split('\n')[0]).toBe('error: unknown command "frobnicate"');
    expect((await runWith({ LANG: 'en_US.UTF-8' }, 'frobnicate', '--lang', 'ja')).err.split('\n')[0]).toBe('エラー: 「frobnicate」というコマンドはありません');
    expect(resolveLang(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
  });

  it('prints usage, the summary and the written files in Japanese', async () => {
    const help = await runWith({}, '--help');
    expect(help.out.split('\n')[0]).toBe('使い方: npm run validate -- [--data <フォルダー>]');
    const out = tempDir();
    const built = await runWith({}, 'build', '--data', MINIMAL, '--out', out, '--municipality', 'otaru');
    expect(built.code).toBe(0);
    expect(built.out.split('\n').slice(0, 6)).toEqual([
      'テスト圏域ビジョン（2024-03-29 時点のデータ）',
      '  市町村 3',
      '  重点施策 3 ＋ 共通施策 1',
      '  柱 2、政策分野 4',
      '  連携事業 5',
      `${out}/ に出力 2 件と出力の一覧（manifest.json）を書き込みました`,
    ]);
    expect(built.err).toMatch(/^data\/|\S+:\d+:\d+ {2}projects\[0\]\.participants {2}警告: /m);
  });

  it('rejects --lang with another value', async () => {
    const { code, err } = await runWith({}, 'validate', '--lang', 'fr');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('エラー: --lang は ja か en です（「fr」は使えません）');
  });
});

describe('--municipality', () => {
  it('accepts a unique beginning of a name, code or slug', async () => {
    for (const wanted of ['新篠', '0130', 'shinshi', 'ｓｈｉｎｓｈｉ']) {
      const out = tempDir();
      const { code } = await run('build', '--data', MINIMAL, '--out', out, '--municipality', wanted);
      expect(code, wanted).toBe(0);
      expect(readdirSync(path.join(out, 'pdf/annex')), wanted).toEqual(['013048-shinshinotsu.pdf']);
    }
  });

  it('names the members a beginning fits when it fits more than one, and suggests the nearest when none', async () => {
    const ambiguous = await runWith({}, 'build', '--data', MINIMAL, '--out', tempDir(), '--municipality', 's');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err.split('\n')[0]).toBe('エラー: 「s」で始まる市町村が複数あります: 札幌市、新篠津村。もう少し長く書いてください');
    const near = await run('build', '--data', MINIMAL, '--out', tempDir(), '--municipality', 'otaruu');
    expect(near.err.split('\n')[0]).toBe('error: unknown municipality "otaruu"; did you mean "otaru"? choose a code, name or slug: 011002 札幌市 sapporo, 012033 小樽市 otaru, 013048 新篠津村 shinshinotsu');
  });
});

describe('progress and stale outputs', () => {
  it('shows documents done / total on a terminal, and nothing with --quiet or without a terminal', async () => {
    const statuses: string[] = [];
    const io = { out: () => {}, err: () => {}, status: (t: string) => statuses.push(t), env: {} };
    expect(await main(['build', '--data', MINIMAL, '--out', tempDir()], io)).toBe(0);
    const total = statuses.filter((s) => s !== '').length;
    expect(statuses.slice(0, 2)).toEqual([`作成中 1/${total}`, `作成中 2/${total}`]);
    expect(statuses.at(-2)).toBe(`作成中 ${total}/${total}`);
    expect(statuses.at(-1)).toBe('');
    statuses.length = 0;
    expect(await main(['build', '--data', MINIMAL, '--out', tempDir(), '--quiet'], io)).toBe(0);
    expect(statuses).toEqual([]);
  });

  it('after one member\'s build from changed data, says the other outputs are older and how to update them', async () => {
    const out = tempDir();
    expect((await run('build', '--data', MINIMAL, '--out', out)).code).toBe(0);
    const changed = fixture({ 'projects/pillar-2.yaml': replaceOnce('page: 13', 'page: 14') });
    const partial = await runWith({}, 'build', '--data', changed, '--out', out, '--municipality', 'otaru');
    expect(partial.code).toBe(0);
    // The page prints in the chart, the listing and vision.xlsx: the other members' handouts do not show it and are current.
    expect(partial.err).toContain(`ほかの出力 3 件は、いまのデータより前のデータから作ったものです。すべてを最新にするには npm run build -- --data ${changed} --out ${out} を実行してください`);
    const again = await run('build', '--data', changed, '--out', out, '--municipality', 'otaru');
    expect(again.err).toContain(`the other 3 outputs were made from older data than this; run npm run build -- --data ${changed} --out ${out} to bring them up to date`);
    const full = await run('build', '--data', changed, '--out', out);
    expect(full.err).not.toContain('older data');
    expect(full.out).toContain('wrote 3 outputs and the manifest');
    expect(full.out).toContain('6 outputs were already up to date and were left as they are (--force remakes them)');
  });
});
