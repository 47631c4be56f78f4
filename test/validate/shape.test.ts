import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../helpers/check.js';
import { fixture, lineOf, MINIMAL, replaceOnce } from '../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';

describe('shapes', () => {
  it('reports a wrong type with what was expected and what was found', async () => {
    const dir = fixture({ [P1]: replaceOnce('page: 10', 'page: "十"') });
    const [error, ...rest] = await errorsOf(dir);
    expect(error).toMatchObject({ name: P1, line: lineOf(dir, P1, 'page: "十"'), column: 11, path: 'projects[0].page', message: 'expected a number, found "十"' });
    // NO 1 is left out of the rules, which therefore do not call its absence a gap.
    expect(rest).toEqual([]);
  });

  it('reports a code that YAML read as a number, with a hint to quote it', async () => {
    const dir = fixture({ 'region.yaml': replaceOnce('code: "012033"', 'code: 012033') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: 'region.yaml', line: 9, column: 15, path: 'region.municipalities[1].code', message: 'the municipality code is not in quotes, so its leading zero is lost and it reads as 12033' });
    expect(error!.hint).toBe('write it in quotes: code: "012033"');
  });

  it('reports an unknown key at the key, suggesting the intended one', async () => {
    const dir = fixture({ [P1]: replaceOnce('    page: 11\n    marks: [1]', '    page: 11\n    mark: [1]') });
    const errors = await errorsOf(dir);
    const line = lineOf(dir, P1, 'mark: [1]');
    // The misspelling is one fault: "marks" is not also reported missing.
    expect(errors.map((e) => [e.path, e.line, e.column, e.message])).toEqual([['projects[1].mark', line, 5, 'unknown field "mark"']]);
    expect(errors[0]!.hint).toBe('did you mean "marks"? allowed here: id, name, field, page, marks, participants, details, provenance');
  });

  it('reports a missing required field at the object that lacks it', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('  adopted: 2024-03-29\n', '') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: 'vision.yaml', line: 2, column: 3, path: 'vision.adopted', message: 'missing required field "adopted"' });
  });

  it('reports a value outside an enumeration', async () => {
    const dir = fixture({ 'region.yaml': replaceOnce('kind: 村', 'kind: 県') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: 'region.yaml', path: 'region.municipalities[2].kind', message: 'expected one of 市, 町, 村, found "県"' });
  });

  it('reports a date in the wrong form', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('adopted: 2024-03-29', 'adopted: 2024/03/29') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ path: 'vision.adopted', line: 12, column: 12, message: 'expected a date written YYYY-MM-DD, found "2024/03/29"' });
  });

  it('reports participants that are neither `all` nor a list', async () => {
    const dir = fixture({ 'projects/pillar-2.yaml': replaceOnce('participants: [otaru]', 'participants: some') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ path: 'projects[1].participants', message: 'expected `all` or a list of municipality slugs, e.g. [sapporo, otaru], found "some"' });
  });

  it('reports a file with no data', async () => {
    const dir = fixture({ 'empty.yaml': () => '# nothing yet\n' });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.name, e.line, e.message])).toEqual([['empty.yaml', 1, 'expected a mapping of sections, found nothing (an empty value)']]);
  });

  it('reports a list that is too short', async () => {
    const dir = fixture({ 'policies.yaml': (t) => t.replace(/  groups:\n(    - .*\n)+/, '  groups: []\n') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ path: 'policies.groups', line: 2, column: 11, message: 'expected at least 1 item, found 0' });
  });

  it('reports a section written in two files', async () => {
    const dir = fixture({ 'z-copy.yaml': () => readFileSync(path.join(MINIMAL, 'vision.yaml'), 'utf8') });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.name, e.line, e.message])).toEqual([['z-copy.yaml', 2, expect.stringMatching(/^`vision` is written twice; the first is at .*vision\.yaml:2:3$/)]]);
  });

  it('reports a singleton that no file defines', async () => {
    const dir = fixture({ 'vision.yaml': () => 'projects: []\n' });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([['vision', 'no data file defines `vision`']]);
  });
});

describe('shapes: what survives a bad item', () => {
  it('keeps the true path and line of items after one that was left out', async () => {
    const dir = fixture({ 'projects/pillar-1.yaml': (t) => replaceOnce('marks: [2]', 'marks: [2, 9]')(replaceOnce('marks: [1, 2, 3]', 'marks: "1"')(t)) });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['projects[0].marks', lineOf(dir, 'projects/pillar-1.yaml', 'marks: "1"'), 'expected a list, found "1"'],
      ['projects[2].marks[1]', lineOf(dir, 'projects/pillar-1.yaml', 'marks: [2, 9]'), 'project p03 marks policy 9, which does not exist'],
    ]);
  });

  it('reports a top-level key that objects inherit (toString) as unknown, without crashing', async () => {
    const dir = fixture({ 'vision.yaml': (t) => `${t}toString: 1\n` });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([['toString', 'unknown field "toString"']]);
  });

  it('treats a file whose top level is not a mapping as unknown content, not as missing projects', async () => {
    const dir = fixture({ 'projects/pillar-2.yaml': () => '- id: p04\n' });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.name, e.message])).toEqual([['projects/pillar-2.yaml', 'expected a mapping of sections, found a list']]);
  });
});

it('rejects a project name too long for a table row', async () => {
  const long = '長'.repeat(101);
  const dir = fixture({ 'projects/pillar-1.yaml': replaceOnce('name: 創業の促進', `name: ${long}`) });
  const [error] = await errorsOf(dir);
  expect(error).toMatchObject({ path: 'projects[2].name', message: 'expected at most 100 characters, found 101' });
});

describe('shapes: the value meant, where it can be read from what was typed', () => {
  it.each([
    ['page: ６１', '６１'],
    ['page: ６１頁', '６１頁'],
    ['page: 　６１　', '６１'],
  ])('%s: full-width digits in a page, with the digits to write', async (line, found) => {
    const dir = fixture({ [P1]: replaceOnce('page: 10', line) });
    const at = { name: P1, line: lineOf(dir, P1, line), column: 11, path: 'projects[0].page' };
    const [en] = await errorsOf(dir, 'en');
    expect(en).toMatchObject({ ...at, message: `page is written with full-width digits "${found}"`, hint: 'write 61' });
    const [ja] = await errorsOf(dir, 'ja');
    expect(ja).toMatchObject({ ...at, message: `ページに全角数字「${found}」があります`, hint: '半角で 61 と書いてください' });
  });

  it('a page written with its unit: the number alone', async () => {
    const dir = fixture({ [P1]: replaceOnce('page: 10', 'page: 61ページ') });
    const at = { line: lineOf(dir, P1, 'page: 61ページ'), column: 11, path: 'projects[0].page' };
    expect((await errorsOf(dir, 'en'))[0]).toMatchObject({ ...at, message: 'expected a number, found "61ページ"', hint: 'write 61' });
    expect((await errorsOf(dir, 'ja'))[0]).toMatchObject({ ...at, message: '数値を書くところに「61ページ」が書かれています', hint: '数字だけで 61 と書いてください' });
  });

  it('a ● mark in full-width digits, at the mark', async () => {
    const dir = fixture({ [P1]: replaceOnce('marks: [1]', 'marks: [１]') });
    const at = { line: lineOf(dir, P1, 'marks: [１]'), column: 13, path: 'projects[1].marks[0]' };
    expect(await errorsOf(dir, 'en')).toEqual([expect.objectContaining({ ...at, message: 'marks is written with full-width digits "１"', hint: 'write 1' })]);
    expect(await errorsOf(dir, 'ja')).toEqual([expect.objectContaining({ ...at, message: '●の番号に全角数字「１」があります', hint: '半角で 1 と書いてください' })]);
  });

  it.each([
    ['令和6年3月29日', '2024-03-29'],
    ['令和元年5月1日', '2019-05-01'],
    ['R6.4.1', '2024-04-01'],
    ['R6/4/1', '2024-04-01'],
    ['H31.3.29', '2019-03-29'],
    ['平成31年3月29日', '2019-03-29'],
    ['2024/3/29', '2024-03-29'],
    ['２０２４年３月２９日', '2024-03-29'],
    ['2024年3月29日', '2024-03-29'],
  ])('a date written %s: the date to write', async (written, iso) => {
    const dir = fixture({ 'vision.yaml': replaceOnce('adopted: 2024-03-29', `adopted: ${written}`) });
    const at = { name: 'vision.yaml', line: 12, column: 12, path: 'vision.adopted' };
    const [en] = (await errorsOf(dir, 'en')).filter((e) => e.path === at.path);
    expect(en).toMatchObject({ ...at, message: `expected a date written YYYY-MM-DD, found "${written}"`, hint: `write the date as ${iso} (${written} → ${iso})` });
    const [ja] = (await errorsOf(dir, 'ja')).filter((e) => e.path === at.path);
    expect(ja).toMatchObject({ ...at, message: `日付は YYYY-MM-DD の形で書きます（「${written}」が書かれています）`, hint: `日付は ${iso} の形で書いてください（${written} → ${iso}）` });
  });

  it.each([
    ['平成32年3月29日', 'there was no such date: 平成 ran from 1989-01-08 to 2019-04-30', '平成32年3月29日という日はありません。平成は 1989-01-08 から 2019-04-30 までです'],
    ['令和1年4月1日', 'there was no such date: 令和 began on 2019-05-01', '令和1年4月1日という日はありません。令和は 2019-05-01 からです'],
  ])('a date its era did not have (%s): says so rather than guess', async (written, en, ja) => {
    const dir = fixture({ 'vision.yaml': replaceOnce('adopted: 2024-03-29', `adopted: ${written}`) });
    const at = { line: 12, column: 12, path: 'vision.adopted' };
    expect((await errorsOf(dir, 'en')).find((e) => e.path === at.path)).toMatchObject({ ...at, hint: en });
    expect((await errorsOf(dir, 'ja')).find((e) => e.path === at.path)).toMatchObject({ ...at, hint: ja });
  });

  it('an unknown key in Japanese, with the key it is probably meant to be', async () => {
    const dir = fixture({ [P1]: replaceOnce('    page: 11\n    marks: [1]', '    page: 11\n    mark: [1]') });
    const errors = await errorsOf(dir, 'ja');
    expect(errors.map((e) => [e.path, e.line, e.column, e.message, e.hint])).toEqual([
      ['projects[1].mark', lineOf(dir, P1, 'mark: [1]'), 5, '項目「mark」はここには書けません', '「marks」の誤りではありませんか。ここに書ける項目：id、name、field、page、marks、participants、details、provenance'],
    ]);
  });

  it('a wrong type in Japanese: what was expected and what was found', async () => {
    const dir = fixture({ [P1]: replaceOnce('page: 10', 'page: "十"') });
    const [error] = await errorsOf(dir, 'ja');
    expect(error).toMatchObject({ line: lineOf(dir, P1, 'page: "十"'), column: 11, path: 'projects[0].page', message: '数値を書くところに「十」が書かれています' });
    expect(error!.hint).toBeUndefined();
  });
});
