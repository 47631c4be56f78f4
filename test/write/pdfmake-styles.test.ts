import { describe, expect, it } from 'vitest';
import { lookUpStylesWithoutAllocating, pdfmakesStyleStack, type StyleStack, type StyleStackClass } from '../../src/write/pdfmake-styles.js';

type Stack = StyleStack & { push(entry: unknown): void };
type StackClass = StyleStackClass & (new (dictionary: object, defaultStyle?: object) => Stack);

const Original = pdfmakesStyleStack() as StackClass;
// A subclass carries the patch, so pdfmake's own class stays as it is to compare with.
const Patched = class extends Original {} as StackClass;
lookUpStylesWithoutAllocating(Patched);

const PROPERTIES = ['fontSize', 'bold', 'color', 'alignment'];
const VALUES = [undefined, null, 0, false, 9, true, 'red', ''];

/** Styles that extend others, one of them in a cycle, and one that extends a name nobody defined. */
const DICTIONARY = {
  base: { fontSize: 8, color: null },
  header: { extends: 'base', bold: true },
  strong: { extends: ['header', 'missing'], alignment: 'center' },
  loopA: { extends: 'loopB' },
  loopB: { extends: ['loopA', 'base'], bold: 0 },
  empty: {},
};
const NAMES = [...Object.keys(DICTIONARY), 'missing'];

/** A small deterministic generator, so a failure names a case that can be run again. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function entry(random: () => number): unknown {
  if (random() < 0.4) return NAMES[Math.floor(random() * NAMES.length)];
  const override: Record<string, unknown> = {};
  for (const property of PROPERTIES) if (random() < 0.4) override[property] = VALUES[Math.floor(random() * VALUES.length)];
  return override;
}

function item(random: () => number): unknown {
  const roll = random();
  if (roll < 0.1) return 'plain text';
  const node = entry(random);
  const base: Record<string, unknown> = typeof node === 'string' ? {} : (node as Record<string, unknown>);
  if (roll < 0.2) base.section = {};
  const styles = random();
  if (styles < 0.3) base.style = NAMES[Math.floor(random() * NAMES.length)];
  else if (styles < 0.6) base.style = [entry(random), entry(random)];
  else if (styles < 0.7) base.style = entry(random);
  return base;
}

function stacks(StackClass: StackClass, random: () => number): { stack: Stack; item: unknown } {
  const defaultStyle = { fontSize: 10, bold: false };
  const stack = new StackClass(DICTIONARY, defaultStyle);
  const depth = Math.floor(random() * 5);
  for (let i = 0; i < depth; i++) stack.push(entry(random));
  return { stack, item: item(random) };
}

describe('lookUpStylesWithoutAllocating', () => {
  it('answers every property of every stack and item as pdfmake itself does', () => {
    let compared = 0;
    for (let seed = 1; seed <= 2_000; seed++) {
      const original = stacks(Original, generator(seed));
      const patched = stacks(Patched, generator(seed));
      for (const property of PROPERTIES) {
        expect(Patched.getStyleProperty(patched.item, patched.stack, property, 'fallback'), `seed ${seed} ${property}`).toEqual(Original.getStyleProperty(original.item, original.stack, property, 'fallback'));
        expect(patched.stack.getProperty(property), `seed ${seed} ${property}`).toEqual(original.stack.getProperty(property));
        expect(Patched.getStyleProperty(patched.item, undefined, property, 'fallback')).toEqual(Original.getStyleProperty(original.item, undefined, property, 'fallback'));
        compared += 1;
      }
    }
    expect(compared).toBe(8_000);
  });

  it('finds a value through a chain of named styles and stops at a cycle', () => {
    const stack = new Patched(DICTIONARY);
    stack.push('strong');
    expect(stack.getProperty('fontSize')).toBe(8);
    expect(stack.getProperty('bold')).toBe(true);
    stack.push('loopA');
    expect(stack.getProperty('bold')).toBe(0);
    expect(Patched.getStyleProperty({ style: ['empty', { color: 'blue' }] }, stack, 'color', 'black')).toBe('blue');
    expect(Patched.getStyleProperty({ section: {}, style: { color: 'blue' } }, stack, 'color', 'black')).toBe('black');
  });
});

/**
 * pdfmake remembers the styles it has met in a Set of the names as written, so a String object
 * is not the same name as its string: through a cycle of extends it goes round once more, and
 * which of two parents answers first depends on that.
 */
const a = new String('a');
const CYCLE = { a: { extends: ['x', 'b'] }, b: { extends: ['y', 'a'] }, x: { color: 'x' }, y: { color: 'y' } };
const CYCLE_OF_OBJECTS = { a: { extends: ['x', new String('b')] }, b: { extends: ['y', new String('a')] }, x: { color: 'x' }, y: { color: 'y' } };

function both(dictionary: object, entries: readonly unknown[], ask: (StackClass: StackClass, stack: Stack) => unknown): [unknown, unknown] {
  const answer = (StackClass: StackClass) => {
    const stack = new StackClass(dictionary, { color: 'default' });
    for (const entry of entries) stack.push(entry);
    return ask(StackClass, stack);
  };
  return [answer(Patched), answer(Original)];
}

describe('lookUpStylesWithoutAllocating, with names that are String objects and items that are not plain objects', () => {
  it('tells a String object on the stack from its string, as pdfmake does, when extends go round in a cycle', () => {
    const [ours, theirs] = both(CYCLE, [a], (_, stack) => stack.getProperty('color'));
    expect(theirs).toBe('x');
    expect(ours).toBe(theirs);
    // With a plain string pdfmake goes round once only, and answers otherwise.
    expect(both(CYCLE, ['a'], (_, stack) => stack.getProperty('color'))).toEqual(['y', 'y']);
  });

  it('tells String objects in extends apart from the names they spell', () => {
    const [ours, theirs] = both(CYCLE_OF_OBJECTS, ['a'], (_, stack) => stack.getProperty('color'));
    expect(theirs).toBe('x');
    expect(ours).toBe(theirs);
  });

  it('answers for an item whose style is a String object as pdfmake does', () => {
    const [ours, theirs] = both(CYCLE, [], (StackClass, stack) => StackClass.getStyleProperty({ style: a }, stack, 'color', 'fallback'));
    expect(theirs).toBe('x');
    expect(ours).toBe(theirs);
  });

  it('reads the styles of an item that is a function, an array or a number, as pdfmake’s autopush does', () => {
    const fn = Object.assign(() => 0, { style: 'x' });
    const array = Object.assign([], { style: ['y'] });
    for (const item of [fn, array, 7, true]) {
      const [ours, theirs] = both(CYCLE, [], (StackClass, stack) => StackClass.getStyleProperty(item, stack, 'color', 'fallback'));
      expect(ours).toBe(theirs);
    }
    expect(both(CYCLE, [], (StackClass, stack) => StackClass.getStyleProperty(fn, stack, 'color', 'fallback'))).toEqual(['x', 'x']);
  });

  it('answers as pdfmake does for random cyclic styles named by strings and String objects', () => {
    const names = ['p', 'q', 'r', 's', 't'];
    const values = [undefined, undefined, undefined, undefined, undefined, null, 'p', 'q', 'r', 's'];
    const random = generator(7);
    const pick = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)]!;
    const name = () => (random() < 0.5 ? pick(names) : new String(pick(names)));
    let differed = 0;
    for (let round = 0; round < 1_000; round++) {
      const dictionary = Object.fromEntries(names.map((n) => [n, { color: pick(values), extends: Array.from({ length: Math.floor(random() * 4) }, name) }]));
      const entries = Array.from({ length: 1 + Math.floor(random() * 3) }, name);
      const item = { style: random() < 0.5 ? name() : [name(), name()] };
      const [ours, theirs] = both(dictionary, entries, (_, stack) => stack.getProperty('color'));
      expect(ours, `round ${round}`).toEqual(theirs);
      const [oursForItem, theirsForItem] = both(dictionary, entries, (StackClass, stack) => StackClass.getStyleProperty(item, stack, 'color', 'fallback'));
      expect(oursForItem, `round ${round} (item)`).toEqual(theirsForItem);
      // How often a String object's second round changed pdfmake's answer: the cases this is about.
      const primitive = (entry: unknown) => (entry instanceof String ? String(entry) : entry);
      const [, plain] = both(Object.fromEntries(Object.entries(dictionary).map(([n, s]) => [n, { ...s, extends: s.extends.map(primitive) }])), entries.map(primitive), (_, stack) => stack.getProperty('color'));
      if (plain !== theirs) differed += 1;
    }
    expect(differed).toBeGreaterThan(0);
  });
});
