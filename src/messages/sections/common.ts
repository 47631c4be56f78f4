import type { Section } from '../section.js';

/** Words more than one stage uses. */
export const COMMON = {
  'common.choices': { ja: '{{label}}：{{choices}}', en: '{{label}}: {{choices}}' },
  'common.didYouMean': { ja: '「{{close}}」の誤りではありませんか。{{label}}：{{choices}}', en: 'did you mean "{{close}}"? {{label}}: {{choices}}' },
  'common.at': { ja: '{{file}}:{{line}}:{{column}}', en: '{{file}}:{{line}}:{{column}}' },
} as const satisfies Section;
