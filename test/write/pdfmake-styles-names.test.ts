import { describe, expect, it } from 'vitest';
import { lookUpStylesWithoutAllocating, pdfmakesStyleStack, type StyleStack, type StyleStackClass } from '../../src/write/pdfmake-styles.js';

type Stack = StyleStack & { push(entry: unknown): void };
type StackClass = StyleStackClass & (new (dictionary: object, defaultStyle?: object) => Stack);

const Original = pdfmakesStyleStack() as StackClass;
// A subclass carries the patch, so pdfmake's own class stays as it is to compare with.
const Patched = class extends Original {} as StackClass;
lookUpStylesWithoutAllocating(Patched);

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
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
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
