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
