import { setFlagsFromString } from 'node:v8';
import { main } from './cli/main.js';

/**
 * A build holds about 50 MiB between documents, but each document leaves its layout behind as
 * garbage, and V8 lets the heap grow to several times what survived its last full collection
 * before collecting again: at 1,000 projects × 200 members the peak was 536 MiB. Growing by at
 * most double keeps it near what a document needs (250 × 50: 319 → 223 MiB) for no CPU time
 * that could be told from the noise. It only tunes when V8 collects: no limit, nothing can run out.
 */
setFlagsFromString('--heap-growing-percent=100');

process.exitCode = await main(process.argv.slice(2));
