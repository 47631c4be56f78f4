import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/calendar-date.js';
import type { WorkbookSpec } from '../../src/render/index.js';
import { xlsxBytes } from '../../src/write/xlsx.js';
import { tempDir } from '../helpers/fixture.js';

const TEXT = '事業_x0007_名_X000D_末';

const spec: WorkbookSpec = {
  properties: { title: 't', subject: 's', creator: 'c', date: calendarDate('2024-03-29') },
  font: { name: 'BIZ UDPゴシック', size: 10 },
  sheets: [
    {
      name: 'シート',
      columns: [30],
      rows: [[{ value: TEXT }]],
      merges: [],
      listValidations: [],
      print: { paper: 'A4', orientation: 'portrait', titleRows: '1:1', header: TEXT, footer: { before: '', after: '' } },
    },
  ],
};

describe('workbook text', () => {
  it('keeps text that looks like an Office character escape literal (_x0007_ is not U+0007)', async () => {
    const zip = await JSZip.loadAsync(await xlsxBytes(spec));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('事業_x005F_x0007_名_x005F_X000D_末');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<oddHeader>&amp;C事業_x005F_x0007_名_x005F_X000D_末</oddHeader>');
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it.skipIf(soffice.status !== 0)('reads back in LibreOffice as typed (skipped when soffice is not installed)', async () => {
    const out = tempDir();
    const file = path.join(out, 'text.xlsx');
    writeFileSync(file, await xlsxBytes(spec));
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'text.csv'), 'utf8').trim()).toBe(TEXT);
  });
});
