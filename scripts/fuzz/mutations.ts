/**
 * Random but repeatable damage to a data set: what a planning officer, an editor, a file
 * system or an attacker could do to the YAML files. Each mutation returns the new set of files
 * (path → bytes) and a short label saying what it did, so a failing case can be replayed.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { LIMITS } from '../../src/limits.js';

export type Files = Map<string, Uint8Array>;

/** mulberry32: a small seeded generator, so a seed replays the same cases on any machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const repeat = (n: number) => '連携'.repeat(Math.ceil(n / 2)).slice(0, n);

/** Values people and programs put where another was expected. */
const SCALARS: readonly (() => unknown)[] = [
  () => '',
  () => null,
  () => 0,
  () => -1,
  () => 1.5,
  () => 999_999,
  () => true,
  () => 'constructor',
  () => '__proto__',
  () => 'toString',
  () => 'hasOwnProperty',
  () => '６１',
  () => '令和6年3月29日',
  () => '2024/04/01',
  () => '1927-03-31',
  () => '1927-04-01',
  () => '2023-02-29',
  () => '2024-02-29',
  () => '9999-12-31',
  () => '0000-01-01',
  () => 'a\ufffeb',
  () => 'a\u0000b',
  () => 'line\nbreak',
  () => 'sep\u2028arator',
  () => 'bidi\u202eevil',
  () => 'esc\u001b]0;pwned\u0007',
  () => 'zero\u200bwidth',
  () => '札幌市',
  () => 'sapporo',
  () => 'all',
  () => '●',
  () => repeat(LIMITS.text.projectName),
  () => repeat(LIMITS.text.projectName + 1),
  () => repeat(LIMITS.text.role),
  () => repeat(LIMITS.text.role + 1),
  () => repeat(20_000),
  () => [],
  () => ['sapporo', 'sapporo'],
  () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  () => ({}),
  () => ({ unexpected: 1 }),
];

interface Located {
  readonly doc: Document.Parsed;
  readonly path: readonly (string | number)[];
  readonly node: Node;
}

/** Every node of a document with the path `setIn` and `deleteIn` understand. */
function nodes(doc: Document.Parsed): Located[] {
  const out: Located[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (!node || typeof node !== 'object') return;
    out.push({ doc, path, node: node as Node });
    if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  return out;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

type Mutation = (files: Files, rng: Rng) => string;

/** Mutations on one parsed document: values, keys, list items. */
const DOCUMENT_MUTATIONS: readonly ((target: Located, rng: Rng) => string | undefined)[] = [
  ({ doc, path }, rng) => {
    if (path.length === 0) return undefined;
    const value = pick(rng, SCALARS)();
    doc.setIn(path, doc.createNode(value));
    return `set ${path.join('.')} to ${JSON.stringify(value)?.slice(0, 40)}`;
  },
  ({ doc, path }) => {
    if (path.length === 0) return undefined;
    doc.deleteIn(path);
    return `delete ${path.join('.')}`;
  },
  ({ doc, path, node }, rng) => {
    if (!isMap(node)) return undefined;
    const key = pick(rng, ['extra', 'nmae', 'constructor', 'prototype', 'toString', 'no', 'id', '１']);
    doc.setIn([...path, key], doc.createNode(pick(rng, SCALARS)()));
    return `add key ${key} at ${path.join('.')}`;
  },
  ({ doc, path, node }, rng) => {
    if (!isSeq(node) || node.items.length === 0) return undefined;
    const i = Math.floor(rng() * node.items.length);
    node.items.splice(i, 0, doc.createNode(doc.getIn([...path, i])));
    return `duplicate ${path.join('.')}[${i}]`;
  },
  ({ path, node }, rng) => {
    if (!isSeq(node) || node.items.length < 2) return undefined;
    const i = Math.floor(rng() * node.items.length);
    const j = Math.floor(rng() * node.items.length);
    [node.items[i], node.items[j]] = [node.items[j]!, node.items[i]!];
    return `swap ${path.join('.')}[${i}] and [${j}]`;
  },
];

/** Characters a plan's text may hold: kanji, kana, full-width and ASCII forms, symbols, a supplementary-plane kanji, an ideographic variation. */
const ALPHABET = [...'連携事業圏域の推進札幌市ａｂｃ１２３ABCxyz019 ・、。「」（）－〜●○①⑩㈱髙﨑𠮷', '葛\u{E0100}'];

function plausibleText(rng: Rng, max: number): string {
  const length = 1 + Math.floor(rng() * rng() * max);
  return Array.from({ length }, () => pick(rng, ALPHABET)).join('').slice(0, max).trim() || '連携';
}

/** Edits a careful user makes: new wording within the limits, a role added. Most leave the data valid. */
const EDITS: readonly ((doc: Document.Parsed, rng: Rng) => string | undefined)[] = [
  (doc, rng) => {
    const texts = nodes(doc).filter((n) => isScalar(n.node) && typeof n.node.value === 'string' && ['name', 'text', 'label', 'title', 'lead', 'heading', 'bureau', 'issuer'].includes(String(n.path.at(-1))));
    if (texts.length === 0) return undefined;
    const target = pick(rng, texts);
    const limit = String(target.path.at(-1)) === 'lead' ? LIMITS.text.lead : String(target.path[0]) === 'projects' ? LIMITS.text.projectName : 20;
    const value = plausibleText(rng, limit);
    doc.setIn(target.path, value);
    return `reword ${target.path.join('.')} as ${JSON.stringify(value.slice(0, 30))}`;
  },
  (doc, rng) => {
    const projects = doc.get('projects');
    if (!isSeq(projects) || projects.items.length === 0) return undefined;
    const i = Math.floor(rng() * projects.items.length);
    const slug = pick(rng, ['sapporo', 'otaru', 'ebetsu', 'naganuma']);
    doc.setIn(['projects', i, 'details', 'roles', slug], plausibleText(rng, LIMITS.text.role));
    return `give ${slug} a role in projects[${i}]`;
  },
];

const MUTATIONS: readonly Mutation[] = [
  ...Array.from({ length: 4 }, (): Mutation => (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    const doc = parseDocument(text(files.get(name)!));
    if (doc.errors.length > 0) return `${name}: unchanged (no longer YAML)`;
    const what = pick(rng, EDITS)(doc, rng);
    if (!what) return `${name}: unchanged`;
    files.set(name, bytes(doc.toString({ lineWidth: 0 })));
    return `${name}: ${what}`;
  }),
  // Most cases change one value in one document, as an edit does.
  ...Array.from({ length: 6 }, (): Mutation => (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    const doc = parseDocument(text(files.get(name)!));
    if (doc.errors.length > 0) return `${name}: unchanged (no longer YAML)`;
    const all = nodes(doc);
    for (let attempt = 0; attempt < 20; attempt++) {
      const what = pick(rng, DOCUMENT_MUTATIONS)(pick(rng, all), rng);
      if (what) {
        files.set(name, bytes(doc.toString({ lineWidth: 0 })));
        return `${name}: ${what}`;
      }
    }
    return `${name}: unchanged`;
  }),
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    files.delete(name);
    return `remove ${name}`;
  },
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    files.set(name.replace(/\.yaml$/, '-copy.yaml'), files.get(name)!);
    return `copy ${name}`;
  },
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    const source = files.get(name)!;
    const at = Math.floor(rng() * source.length);
    files.set(name, source.slice(0, at));
    return `truncate ${name} at byte ${at}`;
  },
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    const source = files.get(name)!;
    const at = Math.floor(rng() * source.length);
    const noise = Uint8Array.from({ length: 1 + Math.floor(rng() * 4) }, () => Math.floor(rng() * 256));
    files.set(name, new Uint8Array([...source.slice(0, at), ...noise, ...source.slice(at)]));
    return `insert ${noise.length} random bytes into ${name} at ${at}`;
  },
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    const lines = text(files.get(name)!).split('\n');
    const i = Math.floor(rng() * lines.length);
    lines[i] = pick(rng, ['\t', '\u3000', ' ', '- ', ': ', '#', '&a ', '*a ', '!!binary ', '? ']) + lines[i];
    files.set(name, bytes(lines.join('\n')));
    return `prefix line ${i + 1} of ${name}`;
  },
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    files.set(name, bytes(`\ufeff${text(files.get(name)!).replaceAll('\n', '\r\n')}`));
    return `BOM and CRLF in ${name}`;
  },
  (files, rng) => {
    const name = pick(rng, [...files.keys()]);
    const lines = text(files.get(name)!).split('\n');
    const i = Math.floor(rng() * lines.length);
    lines.splice(i, 0, lines[i] ?? '');
    files.set(name, bytes(lines.join('\n')));
    return `repeat line ${i + 1} of ${name}`;
  },
];

/** One case: `count` mutations applied to a copy of `base`. */
export function mutate(base: Files, rng: Rng, count = 1 + Math.floor(rng() * 2)): { files: Files; label: string } {
  const files: Files = new Map(base);
  const labels: string[] = [];
  for (let i = 0; i < count && files.size > 0; i++) labels.push(pick(rng, MUTATIONS)(files, rng));
  return { files, label: labels.join('; ') };
}
