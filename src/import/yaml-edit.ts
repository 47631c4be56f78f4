import { isDeepStrictEqual } from 'node:util';
import { Document, isAlias, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type ToStringOptions } from 'yaml';
import type { ParsedFile } from '../load/index.js';
import { formatDataPath, type DataPath } from '../problem.js';

export type YamlEdit =
  /** Replace the value at path, or add the key when its parent map lacks it (parent maps along the path are created when missing, as block or flow to match the parent). */
  | { readonly kind: 'set'; readonly path: DataPath; readonly value: unknown }
  /** Remove a map key (the whole pair) or a sequence item. */
  | { readonly kind: 'delete'; readonly path: DataPath }
  /** Insert `value` into the sequence at `path` before the item at original index `index` (index = length appends). */
  | { readonly kind: 'insert'; readonly path: DataPath; readonly index: number; readonly value: unknown };

export class YamlEditError extends Error {
  override readonly name = 'YamlEditError';
}

/**
 * The file's new text; throws YamlEditError when an edit cannot be applied (path not found,
 * overlapping edits, result does not re-parse to the expected value).
 *
 * yaml's own `toString` re-pads flow collections, collapses aligned comments and re-folds text,
 * so the original text is spliced instead, at the ranges of the parsed nodes: every byte outside
 * an edited node stays as it was. yaml writes only the new values.
 */
export function applyYamlEdits(file: Pick<ParsedFile, 'text' | 'doc'>, edits: readonly YamlEdit[]): string {
  if (edits.length === 0) return file.text;
  if (file.doc.errors.length > 0) throw new YamlEditError('the file does not parse, so it cannot be edited');
  const original: unknown = file.doc.toJS();
  const splices = new Splicer(file.text, file.doc, original).plan(edits);
  const text = applySplices(file.text, splices);
  verify(text, editPlain(original, edits));
  return text;
}

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;
/** One step down a path: the item at `index` of `parent` (a pair of a map, an item of a list). */
interface Step {
  readonly parent: Collection;
  readonly index: number;
}
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Of the collection edited: of two insertions at one offset the deeper one belongs first (it ends the item before). */
  readonly depth: number;
}
/** The edits that change one collection's list of items. */
interface Group {
  readonly node: Collection;
  readonly path: DataPath;
  /** Where the collection sits in its parent; absent for the document's top. */
  readonly step: Step | undefined;
  readonly deleted: Set<number>;
  /** Values to insert before each original index, in the order given. */
  readonly inserts: Map<number, unknown[]>;
  /** New keys of a map, with the maps created along a longer path already nested. */
  readonly added: Record<string, unknown>;
}
interface Entry {
  readonly key?: string;
  readonly value: unknown;
  /** The node whose styles the new value takes: the one it replaces, or a sibling. */
  readonly like: unknown;
}

const TO_STRING: ToStringOptions = {
  lineWidth: 0,
  flowCollectionPadding: false,
  // A quoted text stays on one line: the line breaks yaml would fold into it need an indentation of their own.
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};

class Splicer {
  /** Whether the file pads the inside of flow maps (`{ id: a }`) and of flow lists (`[1, 2]` is unpadded). */
  private readonly padMaps: boolean;
  private readonly padSeqs: boolean;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly original: unknown,
  ) {
    let padMaps: boolean | undefined;
    let padSeqs: boolean | undefined;
    visit(doc, {
      Collection: (_, node) => {
        if (!node.flow || node.items.length === 0 || !node.range) return;
        const padded = text[node.range[0] + 1] === ' ';
        if (isMap(node)) padMaps ??= padded;
        else padSeqs ??= padded;
      },
    });
    this.padMaps = padMaps ?? true;
    this.padSeqs = padSeqs ?? false;
  }

  plan(edits: readonly YamlEdit[]): Splice[] {
    checkIndependent(edits);
    const splices: Splice[] = [];
    const groups = new Map<Collection, Group>();
    const group = (node: Collection, path: DataPath, steps: readonly Step[]): Group => {
      let found = groups.get(node);
      if (!found) groups.set(node, (found = { node, path, step: steps.at(-1), deleted: new Set(), inserts: new Map(), added: {} }));
      return found;
    };
    for (const edit of edits) {
      const where = formatDataPath(edit.path) || 'the top';
      if (edit.path.some((part) => part === '__proto__')) throw new YamlEditError(`${where}: __proto__ is no key a data file may hold`);
      const { steps, missing } = this.resolve(edit.path);
      if (edit.kind === 'set') {
        if (missing) {
          const keys = edit.path.slice(steps.length);
          if (keys.some((key) => typeof key !== 'string')) throw new YamlEditError(`${where}: not found (a list item is added with insert, not set)`);
          addNested(group(missing, edit.path.slice(0, steps.length), steps).added, keys as string[], edit.value);
        } else if (!isDeepStrictEqual(plainAt(this.original, edit.path), edit.value)) {
          // An unchanged value keeps its text: rewriting it would only reformat it.
          splices.push(this.replace(steps, edit.value, edit.path.length));
        }
        continue;
      }
      if (missing) throw new YamlEditError(`${where}: not found`);
      if (edit.kind === 'delete') {
        const step = steps.at(-1);
        if (!step) throw new YamlEditError('the whole document cannot be deleted');
        group(step.parent, edit.path.slice(0, -1), steps.slice(0, -1)).deleted.add(step.index);
      } else {
        const seq = steps.length === 0 ? this.doc.contents : valueAt(steps.at(-1)!);
        if (!isSeq(seq)) throw new YamlEditError(`${where}: not a list, so nothing can be inserted into it`);
        if (!Number.isInteger(edit.index) || edit.index < 0 || edit.index > seq.items.length) throw new YamlEditError(`${where}: no place ${edit.index} in a list of ${seq.items.length}`);
        const values = group(seq, edit.path, steps).inserts;
        values.set(edit.index, [...(values.get(edit.index) ?? []), edit.value]);
      }
    }
    for (const g of groups.values()) splices.push(...this.groupSplices(g));
    // Only new lines are inserted at the very end; after a last line without a line break, one goes first.
    const end = this.text.length;
    if (!this.text.endsWith('\n') && splices.some((s) => s.start === end)) splices.push({ start: end, end, text: '\n', depth: Infinity });
    return splices;
  }

  /** The steps to the node at path; when a map along it lacks the next key, that map. */
  private resolve(path: DataPath): { steps: Step[]; missing?: YAMLMap<unknown, unknown> } {
    const steps: Step[] = [];
    let node: unknown = this.doc.contents;
    for (const part of path) {
      const where = formatDataPath(path.slice(0, steps.length + 1));
      if (isAlias(node)) throw new YamlEditError(`${where}: goes through an alias, and an edit there would change the anchor too`);
      let index = -1;
      if (isMap(node) && typeof part === 'string') {
        index = node.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === part);
        if (index < 0) return { steps, missing: node };
      } else if (isSeq(node) && typeof part === 'number' && Number.isInteger(part) && part >= 0 && part < node.items.length) index = part;
      if (index < 0) throw new YamlEditError(`${where}: not found`);
      const step = { parent: node as Collection, index };
      steps.push(step);
      node = valueAt(step);
    }
    if (isAlias(node)) throw new YamlEditError(`${formatDataPath(path)}: an alias, and an edit there would change the anchor too`);
    return { steps };
  }

  /** Rewrites the value that steps lead to: a map's value (the key stays), or a list item. */
  private replace(steps: readonly Step[], value: unknown, depth: number): Splice {
    const step = steps.at(-1);
    if (!step) throw new YamlEditError('the whole document cannot be replaced');
    const { parent, index } = step;
    const old = valueAt(step);
    if (isSeq(parent)) {
      const start = rangeOf(old)[0];
      const end = this.endOf(old);
      if (parent.flow) return { start, end, text: this.flowText('seq', [{ value, like: old }]), depth };
      const { column } = this.blockLine(parent, index);
      return this.keepLineEnd(start, end, indentAfterFirst(this.render('seq', false, [{ value, like: old }]).slice('- '.length), column), depth);
    }
    const pair = parent.items[index]!;
    const keyEnd = rangeOf(pair.key)[1];
    const oldStart = old === null ? keyEnd : rangeOf(old)[0];
    const oldEnd = old === null ? keyEnd : this.endOf(old);
    const hasText = oldEnd > oldStart;
    if (parent.flow) {
      const text = this.flowText('seq', [{ value, like: old }]);
      return hasText ? { start: oldStart, end: oldEnd, text, depth } : { start: keyEnd, end: oldEnd, text: `: ${text}`, depth };
    }
    const column = this.blockLine(parent, 0).column;
    const tail = indentAfterFirst(this.render('map', false, [{ key: 'k', value, like: old }]).slice('k'.length), column);
    const newInline = tail.startsWith(': ');
    const oldInline = hasText && !this.text.slice(keyEnd, oldStart).includes('\n');
    if (newInline && oldInline) return this.keepLineEnd(oldStart, oldEnd, tail.slice(': '.length), depth);
    // Block for block: from the first line of the old content, so a comment after `key:` stays.
    if (!newInline && hasText && !oldInline) return this.keepLineEnd(this.lineStart(oldStart), oldEnd, tail.slice(tail.indexOf('\n') + 1), depth);
    return this.keepLineEnd(keyEnd, oldEnd, tail, depth);
  }

  /**
   * New text over several lines takes what followed the old value on its line (a comment) up
   * onto its own first line: after its last line, that could become text of a block scalar.
   */
  private keepLineEnd(start: number, end: number, text: string, depth: number): Splice {
    const newLine = text.indexOf('\n');
    if (newLine < 0) return { start, end, text, depth };
    const lineEnd = this.text.indexOf('\n', end);
    const stop = lineEnd < 0 ? this.text.length : lineEnd;
    return { start, end: stop, text: text.slice(0, newLine) + this.text.slice(end, stop) + text.slice(newLine), depth };
  }

  private groupSplices(g: Group): Splice[] {
    const { node, deleted, inserts } = g;
    const depth = g.path.length;
    const added = Object.entries(g.added);
    const survivors = node.items.map((_, i) => i).filter((i) => !deleted.has(i));
    const gaps = [...inserts.keys()].sort((a, b) => a - b);
    if (survivors.length === 0) {
      // Nothing of the original items is left (or there were none): the collection is written anew.
      const value = isSeq(node) ? gaps.flatMap((gap) => inserts.get(gap)!) : g.added;
      return [this.replace(g.step ? [g.step] : [], value, depth)];
    }
    const out: Splice[] = [];
    const push = (start: number, end: number, text: string) => out.push({ start, end, text, depth });
    const n = node.items.length;
    const itemLike = (gap: number) => node.items[Math.min(gap, n - 1)];
    const entries = (values: readonly unknown[], gap: number): Entry[] => values.map((value) => ({ value, like: itemLike(gap) }));
    const pairEntries = (): Entry[] => added.map(([key, value]) => ({ key, value, like: this.siblingLike(g, key) }));
    if (node.flow) {
      // Each item after the first left goes with the comma before it; those before it with the comma after them.
      const start = (i: number) => rangeOf(isMap(node) ? node.items[i]!.key : node.items[i])[0];
      const end = (i: number) => this.itemEnd(node, i);
      const first = survivors[0]!;
      if (first > 0) push(start(0), start(first), '');
      const leading = gaps.filter((gap) => gap <= first).flatMap((gap) => entries(inserts.get(gap)!, gap));
      if (leading.length > 0) push(start(first), start(first), `${this.flowText('seq', leading)}, `);
      for (let i = first + 1; i < n; i++) if (deleted.has(i)) push(end(i - 1), end(i), '');
      for (const gap of gaps.filter((gap) => gap > first)) push(end(gap - 1), end(gap - 1), `, ${this.flowText('seq', entries(inserts.get(gap)!, gap))}`);
      if (added.length > 0) push(end(n - 1), end(n - 1), `, ${this.flowText('map', pairEntries())}`);
      return out;
    }
    const lines = node.items.map((_, i) => this.blockLine(node, i));
    let from = 0;
    if (lines[0]!.compact && deleted.has(0)) {
      // `- id: a` losing `id`: the next key left moves up onto the dash's line.
      const first = survivors[0]!;
      const next = (node as YAMLMap<unknown, unknown>).items[first]!.key;
      if (isScalar(next) && next.commentBefore) throw new YamlEditError(`${formatDataPath(g.path)}: deleting its first key would lose the comment above the next`);
      push(lines[0]!.itemStart, lines[first]!.itemStart, '');
      from = first;
    }
    for (let i = from; i < n; i++) if (deleted.has(i)) push(lines[i]!.start, lines[i]!.end, '');
    const after = lines[n - 1]!.end;
    const newLines = (at: number, text: string) => push(at, at, `${indentAll(text, lines[0]!.column)}\n`);
    for (const gap of gaps) newLines(gap < n ? lines[gap]!.start : after, this.render('seq', false, entries(inserts.get(gap)!, gap)));
    if (added.length > 0) newLines(after, this.render('map', false, pairEntries()));
    return out;
  }

  /**
   * The lines a block item fills: from the start of its first line to the end of the line its
   * value ends on. Its first line must hold only indentation (and the dash of a list item) before
   * it; `compact` is the first key of a map that is itself a list item (`- id: a`).
   */
  private blockLine(node: Collection, index: number): { start: number; end: number; itemStart: number; column: number; compact: boolean } {
    const itemStart = rangeOf(isMap(node) ? node.items[index]!.key : node.items[index])[0];
    const start = this.lineStart(itemStart);
    const before = this.text.slice(start, itemStart);
    const dashed = /^ *- +$/.test(before);
    const compact = isMap(node) && index === 0 && dashed;
    if (isMap(node) ? !compact && !/^ *$/.test(before) : !dashed) {
      throw new YamlEditError(`line ${this.text.slice(0, itemStart).split('\n').length}: a layout this editor does not handle (one item to a line, a list item's dash first)`);
    }
    const end = this.itemEnd(node, index);
    const lineEnd = this.text.indexOf('\n', end);
    return { start, end: lineEnd < 0 ? this.text.length : lineEnd + 1, itemStart, column: isMap(node) ? before.length : before.indexOf('-'), compact };
  }

  private itemEnd(node: Collection, index: number): number {
    if (isSeq(node)) return this.endOf(node.items[index]);
    const pair = node.items[index]!;
    return pair.value === null ? rangeOf(pair.key)[1] : this.endOf(pair.value);
  }

  /** Where a value's own text ends: a block collection ends with its last item, a block scalar before its closing line breaks. */
  private endOf(node: unknown): number {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) return this.itemEnd(node, node.items.length - 1);
    const [start, end] = rangeOf(node);
    let at = end;
    while (at > start && this.text[at - 1] === '\n') at--;
    return at;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** For a key new to a map that is a list item, the value the same key has in another item: new keys look like their neighbours'. */
  private siblingLike(g: Group, key: string): unknown {
    const list = g.step?.parent;
    if (!isSeq(list)) return undefined;
    for (const item of list.items) if (isMap(item) && item !== g.node && item.has(key)) return item.get(key, true);
    return undefined;
  }

  /** Values as they read inside a flow collection, joined by commas: without the brackets of the wrapper. */
  private flowText(kind: 'map' | 'seq', entries: readonly Entry[]): string {
    return this.render(kind, true, entries).slice(1, -1);
  }

  /**
   * yaml writes the entries as one top-level map (key and value) or list, without its final line
   * break, and then pads the flow collections inside like the file does.
   */
  private render(kind: 'map' | 'seq', flow: boolean, entries: readonly Entry[]): string {
    const doc = new Document();
    const collection = kind === 'map' ? new YAMLMap<unknown, unknown>() : new YAMLSeq<unknown>();
    collection.flow = flow;
    for (const { key, value, like } of entries) {
      // Without aliasDuplicateObjects, a value used twice would be written once, with an anchor.
      const node = doc.createNode(value, { aliasDuplicateObjects: false });
      styleLike(node, like, flow);
      if (isMap(collection)) collection.items.push(new Pair(doc.createNode(key), node));
      else collection.items.push(node);
    }
    doc.contents = collection;
    const text = doc.toString(TO_STRING).replace(/\n$/, '');
    if (!this.padMaps && !this.padSeqs) return text;
    const pads: number[] = [];
    const written = parseDocument(text);
    visit(written, {
      Collection: (_, node) => {
        if (node === written.contents || !node.flow || node.items.length === 0 || !(isMap(node) ? this.padMaps : this.padSeqs)) return;
        const [open, close] = rangeOf(node);
        pads.push(open + 1, close - 1);
      },
    });
    let padded = text;
    for (const at of pads.sort((a, b) => b - a)) padded = `${padded.slice(0, at)} ${padded.slice(at)}`;
    return padded;
  }
}

/**
 * New nodes take the styles of the node they replace or resemble: flow or block, quoting, a
 * block scalar's kind. Without one, the data's habits: maps in block style, lists of plain
 * values in flow style (`marks: [1, 2]`), lists of maps in block style.
 */
function styleLike(node: unknown, like: unknown, inFlow: boolean): void {
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return;
    const multiLine = node.value.includes('\n');
    // In a flow collection yaml would write a multi-line plain scalar; a final line break would
    // need a kept block scalar, whose trailing lines are hard to splice.
    if ((inFlow && multiLine) || node.value.endsWith('\n')) node.type = Scalar.QUOTE_DOUBLE;
    else if (isScalar(like) && like.type && (!multiLine || like.type === Scalar.BLOCK_FOLDED || like.type === Scalar.BLOCK_LITERAL)) node.type = like.type;
    // yaml falls back from a style that cannot hold the value (a plain `012` read as a number, a block scalar in a flow).
    return;
  }
  if (isMap(node)) {
    const model = isMap(like) && like.items.length > 0 ? like : undefined;
    // An empty collection is written `{}` on the key's line, whatever the style.
    const flow = inFlow || node.items.length === 0 || Boolean(model?.flow);
    node.flow = flow;
    for (const pair of node.items) styleLike(pair.value, isScalar(pair.key) ? model?.get(pair.key.value, true) : undefined, flow);
  } else if (isSeq(node)) {
    const model = isSeq(like) && like.items.length > 0 ? like : undefined;
    const flow = inFlow || node.items.length === 0 || (model ? Boolean(model.flow) : node.items.every((item) => isScalar(item)));
    node.flow = flow;
    node.items.forEach((item, i) => styleLike(item, model?.items[Math.min(i, model.items.length - 1)], flow));
  }
}

/** Edits must touch separate parts: no edit inside what another replaces or deletes (inserts into one list go together, and with edits inside its items). */
function checkIndependent(edits: readonly YamlEdit[]): void {
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      const [a, b] = [edits[i]!, edits[j]!];
      if (a.kind === 'insert' && b.kind === 'insert') continue;
      const [short, long] = a.path.length <= b.path.length ? [a, b] : [b, a];
      if (!short.path.every((part, k) => part === long.path[k])) continue;
      if (short.kind === 'insert' && long.path.length > short.path.length) continue;
      throw new YamlEditError(`edits at ${formatDataPath(a.path) || 'the top'} and ${formatDataPath(b.path) || 'the top'} overlap`);
    }
  }
}

/** Splices in offset order: zero-width insertions before a range starting at the same offset, the deeper collection's first. */
function applySplices(text: string, splices: readonly Splice[]): string {
  const empty = (s: Splice) => (s.end === s.start ? 0 : 1);
  const ordered = splices.map((splice, order) => ({ splice, order })).sort((a, b) => a.splice.start - b.splice.start || empty(a.splice) - empty(b.splice) || b.splice.depth - a.splice.depth || a.order - b.order);
  const pieces: string[] = [];
  let cursor = 0;
  for (const { splice } of ordered) {
    if (splice.start < cursor) throw new YamlEditError('overlapping edits');
    pieces.push(text.slice(cursor, splice.start), splice.text);
    cursor = splice.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/** The value the edits should give, applied to the plain data: what the spliced text must read back as. */
function editPlain(original: unknown, edits: readonly YamlEdit[]): unknown {
  type Container = Record<string | number, unknown>;
  const root: Container = { top: original };
  const walk = (path: DataPath, create: boolean): [Container, string | number] => {
    let container = root;
    let last: string | number = 'top';
    for (const part of path) {
      if (!Object.hasOwn(container, last) && create) container[last] = {};
      container = container[last] as Container;
      last = part;
    }
    return [container, last];
  };
  // Sets and key deletes move no list item, so they go first and every index still means the original's.
  for (const edit of edits) {
    if (edit.kind === 'set') {
      const [container, last] = walk(edit.path, true);
      container[last] = structuredClone(edit.value);
    } else if (edit.kind === 'delete' && typeof edit.path.at(-1) === 'string') {
      const [container, last] = walk(edit.path, false);
      delete container[last];
    }
  }
  const lists = new Map<string, { path: DataPath; deleted: Set<number>; inserts: Map<number, unknown[]> }>();
  for (const edit of edits) {
    if (edit.kind === 'set' || (edit.kind === 'delete' && typeof edit.path.at(-1) === 'string')) continue;
    const path = edit.kind === 'insert' ? edit.path : edit.path.slice(0, -1);
    const id = JSON.stringify(path);
    const list = lists.get(id) ?? { path, deleted: new Set(), inserts: new Map() };
    lists.set(id, list);
    if (edit.kind === 'delete') list.deleted.add(edit.path.at(-1) as number);
    else list.inserts.set(edit.index, [...(list.inserts.get(edit.index) ?? []), structuredClone(edit.value)]);
  }
  // Deepest lists first: the paths to them go through outer lists not yet renumbered.
  for (const { path, deleted, inserts } of [...lists.values()].sort((a, b) => b.path.length - a.path.length)) {
    const [container, last] = walk(path, false);
    const items = container[last] as unknown[];
    const edited: unknown[] = [];
    for (let i = 0; i <= items.length; i++) {
      edited.push(...(inserts.get(i) ?? []));
      if (i < items.length && !deleted.has(i)) edited.push(items[i]);
    }
    container[last] = edited;
  }
  return root.top;
}

/** The safety net: the new text must parse cleanly and read back as exactly the intended data. */
function verify(text: string, expected: unknown): void {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new YamlEditError(`the edited text does not parse: ${doc.errors[0]!.message}`);
  const at = difference(doc.toJS(), expected, []);
  if (at) throw new YamlEditError(`the edited text reads back differently at ${formatDataPath(at) || 'the top'}`);
}

function difference(actual: unknown, expected: unknown, path: DataPath): DataPath | undefined {
  if (isDeepStrictEqual(actual, expected)) return undefined;
  if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null && Array.isArray(actual) === Array.isArray(expected)) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
      const inner = difference(a[key], e[key], [...path, Array.isArray(actual) ? Number(key) : key]);
      if (inner) return inner;
    }
  }
  return path;
}

function valueAt({ parent, index }: Step): unknown {
  return isMap(parent) ? parent.items[index]!.value : parent.items[index];
}

function plainAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((value, part) => (value as Record<string | number, unknown>)[part], data);
}

function addNested(added: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let target = added;
  for (const key of keys.slice(0, -1)) {
    if (!Object.hasOwn(target, key)) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys.at(-1)!] = value;
}

function rangeOf(node: unknown): readonly [number, number] {
  const range = (node as { range?: readonly [number, number, number] } | null)?.range;
  if (!range) throw new YamlEditError('a node without a position: the document was not parsed from this text');
  return [range[0], range[1]];
}

function indentAfterFirst(text: string, column: number): string {
  return text.replace(/\n(?=[^\n])/g, `\n${' '.repeat(column)}`);
}

function indentAll(text: string, column: number): string {
  return ' '.repeat(column) + indentAfterFirst(text, column);
}
