/**
 * Renders every page of every PDF under the output folder to PNG, with npm-installed tools
 * only (pdfjs-dist and @napi-rs/canvas): `npm run preview [-- --out output --scale 1.5]`.
 * Pages go to <out>/preview/<name>-<page>.png.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import fg from 'fast-glob';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'output' }, scale: { type: 'string', default: '1.5' } } });
const outDir = path.resolve(values.out);
const scale = Number(values.scale);
const files = (await fg('pdf/**/*.pdf', { cwd: outDir })).sort();
if (files.length === 0) {
  console.error(`no PDFs under ${outDir}/pdf: run npm run build first`);
  process.exit(1);
}
await mkdir(path.join(outDir, 'preview'), { recursive: true });
for (const file of files) {
  const doc = await getDocument({ data: new Uint8Array(await readFile(path.join(outDir, file))), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      const target = path.join(outDir, 'preview', `${path.basename(file, '.pdf')}-${n}.png`);
      await writeFile(target, canvas.toBuffer('image/png'));
      console.log(path.relative(process.cwd(), target));
    }
  } finally {
    await doc.destroy();
  }
}
