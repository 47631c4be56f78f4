/**
 * Synthetic plan data of any size, valid by construction: `npm run generate -- --projects N
 * --members M [--participation all|partial] [--texts typical|longest] [--out folder]`.
 * Used by the benchmark and by tests (every text at its limit, every member in every project).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { LIMITS } from '../src/limits.js';
import { expectedCheckDigit } from '../src/validate/municipality-code.js';

export interface PlanShape {
  readonly projects: number;
  readonly members: number;
  /** `all`: every project says `participants: all`; `partial`: each lists about half the members by slug. */
  readonly participation?: 'all' | 'partial';
  /** `longest`: every text at its length limit, to test that nothing overflows. */
  readonly texts?: 'typical' | 'longest';
  /** Priority policies (● columns). */
  readonly priorities?: number;
  /** Give each participant of each project a role. */
  readonly roles?: boolean;
}

const WORDS = '圏域の連携による地域経済の活性化と住民生活の質の向上に向けた取組の推進';

/** A text of `typical` characters, or of exactly `max` when the shape asks for the longest. */
function sized(shape: PlanShape, typical: string, max: number): string {
  if (shape.texts !== 'longest') return typical.slice(0, max);
  let text = typical;
  while (text.length < max) text += WORDS;
  return text.slice(0, max);
}

/** A text of several lines; the longest is as many lines as allowed, each as long as the characters left allow: the tallest cell. */
function lined(shape: PlanShape, typical: string, max: number, lines: number): string {
  if (shape.texts !== 'longest') return typical;
  const perLine = Math.floor((max - (lines - 1)) / lines);
  return Array.from({ length: lines }, (_, i) => sized(shape, `${i + 1}行目`, perLine)).join('\n');
}

/**
 * With the longest texts, as many revisions as allowed, every label and summary at its limit,
 * every few months inside the period; otherwise none, as the shipped plan has.
 */
function revisions(shape: PlanShape) {
  if (shape.texts !== 'longest') return [];
  return Array.from({ length: LIMITS.revisions }, (_, i) => ({
    date: `${2024 + Math.floor(i / 4)}-${String(5 + 2 * (i % 4)).padStart(2, '0')}-01`,
    label: sized(shape, '一部変更', LIMITS.text.revisionLabel),
    summary: lined(shape, '', LIMITS.text.revisionSummary, LIMITS.lines.revisionSummary),
  }));
}

/** The data files of a plan of the given shape, by path relative to the data folder. */
export function generatePlan(shape: PlanShape): Map<string, string> {
  const T = LIMITS.text;
  const priorities = shape.priorities ?? 6;
  const members = Array.from({ length: shape.members }, (_, i) => {
    const stem = `01${String(i + 1).padStart(3, "0")}`;
    const code = `${stem}${expectedCheckDigit(stem)}`;
    return { code, name: sized(shape, `第${i + 1}市`, T.municipalityName), kind: '市', role: i === 0 ? '連携中枢都市' : '連携市町村', bureau: sized(shape, '石狩振興局', T.bureau), slug: `m${i + 1}`.padEnd(shape.texts === 'longest' ? T.slug : 0, 'x') };
  });
  const files = new Map<string, string>();
  const write = (name: string, data: unknown) => files.set(name, stringify(data, { lineWidth: 0 }));
  write('vision.yaml', {
    vision: {
      title: sized(shape, '合成圏域ビジョン', T.visionTitle),
      edition: 2,
      issuer: sized(shape, '合成市企画局', T.issuer),
      documentLabel: sized(shape, '資料１', T.documentLabel),
      chartTitle: sized(shape, '■合成圏域ビジョン【計画の体系】', T.chartTitle),
      heading: sized(shape, '●重点施策', T.heading),
      lead: sized(shape, '以下を重点施策として推進します。', T.lead),
      period: { start: '2024-04-01', end: '2029-03-31' },
      adopted: '2024-03-29',
      revisions: revisions(shape),
      provenance: {},
    },
  });
  write('region.yaml', {
    region: {
      name: sized(shape, '合成連携中枢都市圏', T.regionName),
      declared: '2018-11-28',
      agreementsSigned: '2019-03-29',
      provenance: {},
      municipalities: members,
      membersProvenance: {},
    },
  });
  const groups = Math.min(3, priorities);
  write('policies.yaml', {
    policies: {
      groups: Array.from({ length: groups }, (_, g) => ({ id: `group${g + 1}`, name: sized(shape, `分類${g + 1}`, T.groupName) })),
      priorities: Array.from({ length: priorities }, (_, i) => ({
        number: i + 1,
        text: sized(shape, `重点施策${i + 1}を進める`, T.policyText),
        group: `group${Math.min(groups, Math.floor((i * groups) / priorities) + 1)}`,
        provenance: {},
      })),
      common: { label: sized(shape, '共通施策', T.commonLabel), text: sized(shape, '脱炭素の促進', T.commonText), provenance: {} },
    },
  });
  // Three pillars, the third in three sections, as the plan has; fields of about eight
  // projects each, at most 26 (a–z) to a pillar or section.
  const groupsOfFields = 5;
  const fieldsPerGroup = Math.min(LIMITS.fields, Math.max(1, Math.ceil(shape.projects / 8 / groupsOfFields)));
  const fieldIds: string[] = [];
  const fields = (prefix: string) =>
    Array.from({ length: fieldsPerGroup }, (_, i) => {
      const letter = String.fromCharCode(97 + i);
      fieldIds.push(`${prefix}${letter}`);
      return { id: `${prefix}${letter}`, letter, name: sized(shape, `分野${prefix}${letter}の推進`, T.structureName) };
    });
  write('structure.yaml', {
    pillars: [
      { number: 1, name: sized(shape, '経済成長のけん引', T.structureName), fields: fields('1') },
      { number: 2, name: sized(shape, '高次の都市機能の集積・強化', T.structureName), fields: fields('2') },
      {
        number: 3,
        name: sized(shape, '生活関連機能サービスの向上', T.structureName),
        sections: [1, 2, 3].map((n) => ({ number: n, name: sized(shape, `区分${n}`, T.structureName), fields: fields(`3-${n}`) })),
      },
    ],
  });
  const projects = Array.from({ length: shape.projects }, (_, i) => {
    const field = fieldIds[Math.floor((i * fieldIds.length) / shape.projects)]!;
    const taking = shape.participation === 'partial' ? members.filter((_, m) => m === 0 || (m + i) % 2 === 0) : members;
    return {
      id: `p${String(i + 1).padStart(2, "0")}`,
      name: sized(shape, `連携事業${i + 1}`, T.projectName),
      field,
      page: 10 + Math.floor(i / 2),
      marks: Array.from({ length: priorities }, (_, p) => p + 1).filter((p) => (i + p) % 3 === 0 || p === (i % priorities) + 1),
      participants: shape.participation === 'partial' ? taking.map((m) => m.slug) : 'all',
      ...(shape.roles ? { details: { roles: Object.fromEntries(taking.map((m) => [m.slug, lined(shape, `${m.name}が担う役割`, LIMITS.text.role, LIMITS.lines.role)])) } } : {}),
    };
  });
  // Projects in files of at most 500, as staff would split a long list.
  for (let start = 0; start < projects.length; start += 500) {
    write(`projects/part-${String(start / 500 + 1).padStart(2, '0')}.yaml`, { projectProvenance: { participants: 'certain' }, projects: projects.slice(start, start + 500) });
  }
  return files;
}

export function writePlan(folder: string, files: Map<string, string>): void {
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', default: '53' },
      members: { type: 'string', default: '12' },
      participation: { type: 'string', default: 'all' },
      texts: { type: 'string', default: 'typical' },
      priorities: { type: 'string', default: '6' },
      roles: { type: 'boolean', default: false },
      out: { type: 'string', default: 'generated-data' },
    },
  });
  const shape: PlanShape = {
    projects: Number(values.projects),
    members: Number(values.members),
    participation: values.participation === 'partial' ? 'partial' : 'all',
    texts: values.texts === 'longest' ? 'longest' : 'typical',
    priorities: Number(values.priorities),
    roles: values.roles,
  };
  writePlan(values.out, generatePlan(shape));
  console.log(`wrote a plan of ${shape.projects} projects and ${shape.members} members to ${values.out}/`);
}
