import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture, tempDir } from '../helpers/fixture.js';

/** Resolves when `lines` holds a line matching `pattern` (counting from `from`). */
async function waitFor(lines: string[], pattern: RegExp, from = 0): Promise<number> {
  for (let i = 0; i < 300; i++) {
    const at = lines.findIndex((l, n) => n >= from && pattern.test(l));
    if (at >= 0) return at;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern}; printed:\n${lines.join('\n')}`);
}

describe('build --watch', () => {
  it('rebuilds on a change, remaking only the documents it affects, and survives invalid data in between', async () => {
    const data = fixture();
    const out = tempDir();
    const lines: string[] = [];
    const stop = new AbortController();
    const io = { out: (t: string) => lines.push(...t.split('\n')), err: (t: string) => lines.push(...t.split('\n')), stop: stop.signal, env: { LANG: 'en' } };
    const done = main(['build', '--watch', '--data', data, '--out', out], io);
    const first = await waitFor(lines, /^remade 9 outputs \(0 unchanged/);
    await waitFor(lines, /^watching /, first);

    // Only 新篠津村 takes part in none of pillar-2's projects: a page change there reaches the chart,
    // the listing, vision.xlsx and the handouts of the members in that project.
    const file = path.join(data, 'projects/pillar-2.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('page: 13', 'page: fourteen'));
    const broken = await waitFor(lines, /projects\[1\]\.page {2}expected a number/, first);
    await waitFor(lines, /^nothing was written$/, broken);

    writeFileSync(file, before.replace('page: 13', 'page: 14'));
    const second = await waitFor(lines, /^remade \d+ outputs/, broken);
    const remade = lines.slice(second + 1).filter((l) => l.startsWith(`  ${out}/`)).map((l) => l.slice(out.length + 3)).sort();
    expect(lines[second]).toBe(`remade ${remade.length} outputs (${9 - remade.length} unchanged were not made again)`);
    expect(remade).toEqual(['pdf/annex/012033-otaru.pdf', 'pdf/project-listing.pdf', 'pdf/system-chart.pdf', 'xlsx/annex/012033-otaru.xlsx', 'xlsx/vision.xlsx']);
    stop.abort();
    expect(await done).toBe(0);
  }, 60_000);
});
