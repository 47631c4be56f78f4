import { describe, expect, it } from 'vitest';
import { errorsOf } from '../helpers/check.js';
import { run, runWith } from '../helpers/cli.js';
import { fixture, lineOf, replaceOnce } from '../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';

/** Slips a planning officer makes typing YAML, each answered with what to write, at its place. */
describe('slips read the way they were meant', () => {
  it('a full-width colon, or no space after the colon', async () => {
    for (const [typed, ja] of [['page：13', '「page」の後の「：」が全角です'], ['page:13', '「page:」の後に半角スペースがありません']] as const) {
      const dir = fixture({ [P2]: replaceOnce('page: 13', typed) });
      const [error, ...rest] = await errorsOf(dir, 'ja');
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ name: P2, line: lineOf(dir, P2, typed), column: 5, message: ja, hint: '半角の「:」と半角スペースで「page: 13」と書いてください' });
    }
  });

  it('participants written by name, or as 全市町村', async () => {
    const dir = fixture({ [P2]: (t) => replaceOnce('participants: [otaru]', 'participants: [小樽市]')(replaceOnce('participants: [sapporo, otaru]', 'participants: 全市町村')(t)) });
    const errors = await errorsOf(dir, 'ja');
    expect(errors.map((e) => [e.path, e.line, e.message, e.hint])).toEqual([
      ['projects[0].participants', lineOf(dir, P2, '全市町村'), 'participants には all か、[sapporo, otaru] のような市町村の slug のリストを書きます（「全市町村」が書かれています）', '全市町村が参加するときは「participants: all」と半角英字で書いてください'],
      ['projects[1].participants[0]', lineOf(dir, P2, '小樽市'), '参加市町村は名前ではなく slug で書きます。「小樽市」は otaru と書いてください', '各市町村の slug は region.yaml の municipalities に書かれています（例: 札幌市 → sapporo）'],
    ]);
  });

  it('an unquoted municipality code, given back with its leading zero', async () => {
    const dir = fixture({ 'region.yaml': replaceOnce('code: "012033"', 'code: 012033') });
    const [error] = await errorsOf(dir, 'ja');
    expect(error).toMatchObject({ path: 'region.municipalities[1].code', line: lineOf(dir, 'region.yaml', 'code: 012033'), message: '市町村コードが引用符なしで書かれているため、先頭の 0 が消えて 12033 と読まれています', hint: '「code: "012033"」のように引用符で囲んで書いてください' });
  });

  it('● typed into marks is said once for the list, with an example', async () => {
    const dir = fixture({ [P1]: replaceOnce('marks: [1, 2, 3]', 'marks: [●, ○, ●]') });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message, e.hint])).toEqual([['projects[0].marks[0]', 'marks holds the numbers of the priority policies marked ●, not the marks themselves; found "●"', 'e.g. for ● under ① and ③ write `marks: [1, 3]`']]);
  });

  it('two letters swapped in a key is the key meant, said once', async () => {
    const dir = fixture({ [P2]: replaceOnce('page: 13', 'pgae: 13') });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message, e.hint])).toEqual([['projects[1].pgae', 'unknown field "pgae"', 'did you mean "page"? allowed here: id, name, field, page, marks, participants, details, provenance']]);
  });

  it('a mistyped command or option is answered with the one meant', async () => {
    expect((await runWith({}, 'biuld')).err.split('\n')).toEqual(['エラー: 「biuld」というコマンドはありません。「build」のことですか', '使い方は --help で表示できます']);
    expect((await run('build', '--municiplity', 'x')).err.split('\n')[0]).toBe("error: Unknown option '--municiplity'; did you mean '--municipality'?");
    expect((await runWith({}, 'build', '--data')).err.split('\n')[0]).toBe('エラー: --data の後に値を書いてください');
  });
});
