import { isAlias, isCollection, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { LIMITS } from '../limits.js';
import { formatDataPath, type DataPath, type Problem } from '../problem.js';
import { forbiddenCharacter } from './characters.js';
import { positionAt } from './position.js';

/** One input file, parsed, with what is needed to turn a data path back into a position. */
export interface ParsedFile {
  /** As printed to the user: relative to the working directory. */
  readonly file: string;
  /** Relative to its folder, with forward slashes: stable wherever the folder sits. */
  readonly name: string;
  /** The text as read: no byte order mark, LF line ends. */
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The plain value, or undefined when the file has any error. */
  readonly data: unknown;
}

/**
 * Parses one file's text. Everything YAML allows but a data file must not hold comes back as
 * a positioned problem: syntax errors, a key written twice (also as `1` and `"1"`, which
 * would become one key), a key that is a list or mapping, `__proto__`, characters no
 * document can hold, aliases that resolve to nothing or expand too far, and collections
 * past the item limit. A file with any of them has no data: it is never half read.
 */
export function parseYaml(file: string, text: string, name = file): { file: ParsedFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const at = (offset: number) => positionAt(lineCounter, offset);
  const error: Report = (offset, message, hint, path = []) => problems.push({ severity: 'error', file, ...at(offset), path: formatDataPath(path), message, ...(hint ? { hint } : {}) });
  // uniqueKeys is checked below in linear time: the library's own check is quadratic.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'silent' });
  // One mistake (a tab, a stray colon) often trips several parser errors on its line: the
  // first says where to look.
  const linesReported = new Set<number>();
  for (const e of doc.errors) {
    const where = at(e.pos[0]);
    if (linesReported.has(where.line)) continue;
    linesReported.add(where.line);
    error(e.pos[0], `YAML syntax: ${firstLine(e.message)}`);
  }
  for (const warning of doc.warnings) {
    problems.push({ severity: 'warning', file, ...at(warning.pos[0]), path: '', message: `YAML: ${firstLine(warning.message)}` });
  }
  let data: unknown;
  // The checks below read the document's nodes; after a syntax error those are guesses.
  if (doc.errors.length > 0) return { file: { file, name, text, doc, lineCounter, data }, problems };
  try {
    checkNodes(doc, error, (offset) => at(offset).line);
    if (!problems.some((p) => p.severity === 'error')) data = doc.toJS({ maxAliasCount: LIMITS.aliasExpansion });
  } catch (cause) {
    // The parser stops at a stack overflow itself, so only a file nested almost that deep gets
    // here; the alias limit is checked above, so the library's own is only a second guard.
    if (!(cause instanceof RangeError || cause instanceof ReferenceError)) throw cause;
    error(0, cause instanceof RangeError ? 'is nested too deeply to be read' : `cannot be read: ${firstLine((cause as Error).message)}`, 'a data file needs only a few levels of lists and mappings, and few aliases');
  }
  return { file: { file, name, text, doc, lineCounter, data }, problems };
}

type Report = (offset: number, message: string, hint?: string, path?: DataPath) => void;

/** The data path of a node, from the chain of its ancestors that yaml's visitor passes. */
function dataPath(ancestors: readonly unknown[], node: unknown): DataPath {
  const chain = [...ancestors, node];
  const out: (string | number)[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const [parent, child] = [chain[i], chain[i + 1]];
    if (isPair(parent) && parent.value === child && isScalar(parent.key)) out.push(String(parent.key.value));
    else if (isSeq(parent)) out.push(parent.items.indexOf(child as never));
  }
  return out;
}

function checkNodes(doc: Document.Parsed, error: Report, lineOf: (offset: number) => number): void {
  const start = (node: Node | null | undefined) => node?.range?.[0] ?? 0;
  const expansion = aliasExpansion(doc);
  let aliases = 0;
  let expanded = 0;
  visit(doc, {
    Map(_, map, ancestors) {
      const path = () => dataPath(ancestors, map);
      if (map.items.length > LIMITS.collectionItems) error(start(map), `a mapping of ${map.items.length} keys; at most ${LIMITS.collectionItems} are read`, 'split the data, or remove what does not belong in it', path());
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) {
          error(isNode(pair.key) ? start(pair.key) : start(map), 'a key must be plain text, not a list or a mapping', undefined, path());
          continue;
        }
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (first) error(start(pair.key), `the key "${key}" is written twice here; the first is on line ${lineOf(start(first))}`, 'keep one of them', [...path(), key]);
        else seen.set(key, pair.key);
        if (key === '__proto__') error(start(pair.key), 'the key "__proto__" is not allowed', 'it could change how every object behaves once loaded; rename it', path());
      }
    },
    Seq(_, seq, ancestors) {
      if (seq.items.length > LIMITS.collectionItems) error(start(seq), `a list of ${seq.items.length} items; at most ${LIMITS.collectionItems} are read`, 'split the data, or remove what does not belong in it', dataPath(ancestors, seq));
    },
    Scalar(_, scalar, ancestors) {
      if (typeof scalar.value !== 'string') return;
      const bad = forbiddenCharacter(scalar.value);
      if (bad) error(start(scalar), `holds ${bad.name} at character ${bad.index + 1}, which no document can hold`, 'delete it: such characters are usually left over from copying text out of another program', dataPath(ancestors, scalar));
    },
    Alias(_, alias, ancestors) {
      aliases += 1;
      const path = () => dataPath(ancestors, alias);
      const target = alias.resolve(doc);
      if (!target) {
        error(start(alias), `*${alias.source} refers to no anchor &${alias.source} written before it`, 'define the anchor first, or write the value out', path());
        return;
      }
      if (aliases === LIMITS.aliases + 1) error(start(alias), `more than ${LIMITS.aliases} aliases (*name) in one file`, 'write the values out', path());
      const before = expanded;
      expanded += expansion(target);
      if (before <= LIMITS.aliasExpansion && expanded > LIMITS.aliasExpansion) {
        error(start(alias), `the aliases expand to more than ${LIMITS.aliasExpansion} values`, "an alias repeats its anchor's whole value; write the values out", path());
      }
    },
  });
}

/** The number of values each node stands for once aliases are expanded, remembered per node. */
function aliasExpansion(doc: Document.Parsed): (node: Node) => number {
  const sizes = new Map<Node, number>();
  const size = (node: Node, depth: number): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // An alias inside its own anchor (a cycle) or a chain deeper than the limit is refused by
    // the size alone.
    if (depth > LIMITS.aliases) return LIMITS.aliasExpansion + 1;
    let total = 1;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      total = target ? size(target, depth + 1) : 1;
    } else if (isCollection(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          if (isNode(item.key)) total += size(item.key, depth);
          if (isNode(item.value)) total += size(item.value, depth);
        } else if (isNode(item)) total += size(item, depth);
        if (total > LIMITS.aliasExpansion) break;
      }
    }
    sizes.set(node, total);
    return total;
  };
  return (node) => size(node, 0);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
