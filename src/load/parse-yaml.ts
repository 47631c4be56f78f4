import { isAlias, isCollection, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type ErrorCode, type Node, type YAMLError } from 'yaml';
import { LIMITS } from '../limits.js';
import { msg, type Message, type MessageKey } from '../messages/index.js';
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
  const indent = badIndentation(doc, text, lineCounter);
  // What the parser says from a badly indented line on follows from it: only that line is told.
  const before = (e: YAMLError) => indent === undefined || e.pos[0] < indent.lineStart;
  // One mistake (a stray colon) often trips several parser errors on its line: the first says
  // where to look.
  const linesReported = new Set<number>();
  for (const e of doc.errors.filter(before)) {
    const where = at(e.pos[0]);
    if (linesReported.has(where.line)) continue;
    linesReported.add(where.line);
    const slip = colonSlip(text, lineCounter, where.line);
    if (slip) {
      error(slip.offset, msg(slip.fullWidth ? 'load.colonFullWidth' : 'load.colonNoSpace', { key: slip.key }), msg('load.writeKeyValue', { line: slip.fixed }));
      continue;
    }
    const { message, hint } = SYNTAX[e.code] ?? { message: 'load.yamlSyntax' };
    error(e.pos[0], msg(message, { detail: firstLine(e.message) }), hint && msg(hint));
  }
  for (const warning of doc.warnings.filter(before)) {
    problems.push({ severity: 'warning', file, ...at(warning.pos[0]), path: '', message: msg('load.yamlWarning', { detail: firstLine(warning.message) }) });
  }
  if (indent) error(indent.offset, msg(indent.tab ? 'load.indentTab' : 'load.indentFullWidth'), msg('load.indentHint'));
  let data: unknown;
  // The checks below read the document's nodes; after a syntax error or a bad indentation those are guesses.
  if (doc.errors.length > 0 || indent) return { file: { file, name, text, doc, lineCounter, data }, problems };
  try {
    checkNodes(doc, error, (offset) => at(offset).line);
    if (!problems.some((p) => p.severity === 'error')) data = doc.toJS({ maxAliasCount: LIMITS.aliasExpansion });
  } catch (cause) {
    // The parser stops at a stack overflow itself, so only a file nested almost that deep gets
    // here; the alias limit is checked above, so the library's own is only a second guard.
    if (!(cause instanceof RangeError || cause instanceof ReferenceError)) throw cause;
    error(0, cause instanceof RangeError ? msg('load.nestedTooDeeply') : msg('load.yamlUnreadable', { detail: firstLine((cause as Error).message) }), msg('load.fewLevels'));
  }
  return { file: { file, name, text, doc, lineCounter, data }, problems };
}

/**
 * A key written with a full-width colon (page：62, the usual slip of a Japanese input method)
 * or with no space after the colon (page:62): YAML reads either as text where a key belongs, and
 * its own message then speaks of keys and lines. Looked for on the line the parser stopped at
 * and the one before it, where such a line leaves the parser.
 */
function colonSlip(text: string, lineCounter: LineCounter, line: number): { offset: number; key: string; fullWidth: boolean; fixed: string } | undefined {
  for (const n of [line, line - 1]) {
    const start = lineCounter.lineStarts[n - 1];
    if (start === undefined) continue;
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end < 0 ? text.length : end);
    const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(：\s*|:(?=[^\s:/]))(.*)$/.exec(content);
    if (match) return { offset: start + match[1]!.length, key: match[2]!, fullWidth: match[3]!.startsWith('：'), fixed: `${match[2]}: ${match[4]!.trim()}` };
  }
  return undefined;
}

type Report = (offset: number, message: Message, hint?: Message, path?: DataPath) => void;

/**
 * The parser's errors that a person typing a file makes, in words that say what to change;
 * the rest keep the parser's own (English) text.
 */
const SYNTAX: Partial<Record<ErrorCode, { readonly message: MessageKey; readonly hint?: MessageKey }>> = {
  BAD_INDENT: { message: 'load.yaml.badIndent' },
  BLOCK_AS_IMPLICIT_KEY: { message: 'load.yaml.colon', hint: 'load.yaml.quoteHint' },
  MULTILINE_IMPLICIT_KEY: { message: 'load.yaml.multilineKey' },
  MISSING_CHAR: { message: 'load.yaml.missingChar' },
  UNEXPECTED_TOKEN: { message: 'load.yaml.unexpected' },
  BAD_SCALAR_START: { message: 'load.yaml.badStart', hint: 'load.yaml.quoteHint' },
  BAD_DQ_ESCAPE: { message: 'load.yaml.badEscape' },
  TAB_AS_INDENT: { message: 'load.yaml.tab' },
  MULTIPLE_DOCS: { message: 'load.yaml.multipleDocs' },
};

/**
 * The first place a line is indented with a tab or a full-width space (U+3000). YAML indents
 * with half-width spaces only: a tab there trips a chain of parser errors, and to YAML a
 * full-width space is no indentation at all but the first letter of a key, so the line's key
 * (or list item) silently moves up a level. Inside a value's text (a block scalar, a value
 * continued on the next line) either is text, and is left alone; so is a tab the parser took
 * without complaint.
 */
function badIndentation(doc: Document.Parsed, text: string, lineCounter: LineCounter): { offset: number; lineStart: number; tab: boolean } | undefined {
  // Gathered only once a line needs them: most files have no such line.
  let scalars: { start: number; end: number; key: boolean }[] | undefined;
  const scalarAt = (offset: number) => {
    if (!scalars) {
      const found: { start: number; end: number; key: boolean }[] = [];
      visit(doc, {
        Scalar(key, scalar) {
          if (scalar.range) found.push({ start: scalar.range[0], end: scalar.range[1], key: key === 'key' });
        },
      });
      scalars = found;
    }
    return scalars.find((s) => s.start <= offset && offset < s.end);
  };
  const errorLines = new Set(doc.errors.map((e) => lineCounter.linePos(e.pos[0]).line));
  const leading = /[ \t\u3000]*/y;
  for (const [index, lineStart] of lineCounter.lineStarts.entries()) {
    leading.lastIndex = lineStart;
    const indentation = leading.exec(text)![0];
    const bad = indentation.search(/[\t\u3000]/);
    if (bad < 0) continue;
    const offset = lineStart + bad;
    const scalar = scalarAt(offset);
    const listItem = /^-(\s|$)/.test(text.slice(lineStart + indentation.length, lineStart + indentation.length + 2));
    const indents = scalar ? scalar.key || (scalar.start >= lineStart && listItem) : errorLines.has(index + 1);
    if (indents) return { offset, lineStart, tab: text[offset] === '\t' };
  }
  return undefined;
}

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
      if (map.items.length > LIMITS.collectionItems) error(start(map), msg('load.bigMapping', { count: map.items.length, max: LIMITS.collectionItems }), msg('load.splitData'), path());
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) {
          error(isNode(pair.key) ? start(pair.key) : start(map), msg('load.keyNotText'), undefined, path());
          continue;
        }
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (first) error(start(pair.key), msg('load.duplicateKey', { key, line: lineOf(start(first)) }), msg('load.keepOne'), [...path(), key]);
        else seen.set(key, pair.key);
        if (key === '__proto__') error(start(pair.key), msg('load.protoKey'), msg('load.protoHint'), path());
      }
    },
    Seq(_, seq, ancestors) {
      if (seq.items.length > LIMITS.collectionItems) error(start(seq), msg('load.bigList', { count: seq.items.length, max: LIMITS.collectionItems }), msg('load.splitData'), dataPath(ancestors, seq));
    },
    Scalar(_, scalar, ancestors) {
      if (typeof scalar.value !== 'string') return;
      const bad = forbiddenCharacter(scalar.value);
      if (bad) error(start(scalar), msg('load.forbiddenCharacter', { character: bad.name, index: bad.index + 1 }), msg('load.forbiddenHint'), dataPath(ancestors, scalar));
    },
    Alias(_, alias, ancestors) {
      aliases += 1;
      const path = () => dataPath(ancestors, alias);
      const target = alias.resolve(doc);
      if (!target) {
        error(start(alias), msg('load.noAnchor', { name: alias.source }), msg('load.noAnchorHint'), path());
        return;
      }
      if (aliases === LIMITS.aliases + 1) error(start(alias), msg('load.tooManyAliases', { max: LIMITS.aliases }), msg('load.writeValuesOut'), path());
      const before = expanded;
      expanded += expansion(target);
      if (before <= LIMITS.aliasExpansion && expanded > LIMITS.aliasExpansion) {
        error(start(alias), msg('load.aliasExpansion', { max: LIMITS.aliasExpansion }), msg('load.aliasExpansionHint'), path());
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
