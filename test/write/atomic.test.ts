import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputWriteError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/write/atomic.js';
import { tempDir } from '../helpers/fixture.js';

describe('writing a file atomically', () => {
  it('gives every write its own temporary name, so writes of one file at once never collide', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'vision.xlsx');
    const contents = Array.from({ length: 20 }, (_, i) => `version ${i}`);
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
    expect(contents).toContain(readFileSync(target, 'utf8'));
    expect(readdirSync(dir)).toEqual(['vision.xlsx']);
  });

  it('reports why the write failed, even when its temporary file cannot be removed either', async () => {
    // The temporary name is too long for the file system, so both writing and removing it fail.
    const target = path.join(tempDir(), `${'a'.repeat(240)}.pdf`);
    const error = await writeFileAtomic(target, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    const cause = (error as Error).cause as NodeJS.ErrnoException;
    expect([cause.code, cause.syscall]).toEqual(['ENAMETOOLONG', 'open']);
    expect((error as Error).message).toMatch(new RegExp(`^could not write ${target}: ENAMETOOLONG: name too long, open '${path.dirname(target)}/\\.a{240}\\.pdf\\.${process.pid}\\.\\d+\\.tmp'$`));
  });
});
