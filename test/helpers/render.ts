import { checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../../src/index.js';
import { readTemplates } from '../../src/load/index.js';
import type { Model } from '../../src/model/index.js';
import type { Renderer } from '../../src/render/index.js';
import { serialize } from '../../src/write/serialize.js';

/** One renderer's documents as bytes, without the rest of the build. */
export async function renderOnly(dataDir: string, renderer: Renderer): Promise<{ model: Model; files: { path: string; bytes: Uint8Array }[] }> {
  const { model } = await checkData(dataDir);
  if (!model) throw new Error(`${dataDir} is not valid data`);
  const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
  const documents = renderer.render(model, wordsFor(renderer, model, templates), { municipalities: model.region.municipalities });
  const files = [];
  for (const d of documents) files.push({ path: d.path, bytes: await serialize(d) });
  return { model, files };
}
