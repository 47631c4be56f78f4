import type { Model, Municipality, Pillar, Priority, Project } from '../../model/index.js';
import type { Words } from '../types.js';

/** What a handout says about one member: its projects and the counts the summary prints. */
export interface HandoutSummary {
  readonly municipality: Municipality;
  /** In chart order. */
  readonly projects: readonly Project[];
  /** How many of them the data marks as unconfirmed participation. */
  readonly unconfirmed: number;
  readonly byPillar: readonly { readonly pillar: Pillar; readonly count: number; readonly total: number }[];
  readonly byPolicy: readonly { readonly policy: Priority; readonly count: number; readonly total: number }[];
}

export function takesPart(project: Project, municipality: Municipality): boolean {
  return project.participation.municipalities.some((m) => m.code === municipality.code);
}

export function summarise(model: Model, municipality: Municipality): HandoutSummary {
  const projects = model.projects.filter((p) => takesPart(p, municipality));
  const inPillar = (pillar: Pillar, list: readonly Project[]) => list.filter((p) => p.pillar.number === pillar.number).length;
  const withMark = (policy: Priority, list: readonly Project[]) => list.filter((p) => p.marks.includes(policy.number)).length;
  return {
    municipality,
    projects,
    unconfirmed: projects.filter((p) => !p.participation.confirmed).length,
    byPillar: model.pillars.map((pillar) => ({ pillar, count: inPillar(pillar, projects), total: inPillar(pillar, model.projects) })),
    byPolicy: model.policies.priorities.map((policy) => ({ policy, count: withMark(policy, projects), total: withMark(policy, model.projects) })),
  };
}

/** What the handout's role column says for a project: the member's role, or that participation is unconfirmed. */
export function roleText(project: Project, municipality: Municipality, words: Words): string {
  return project.details.roles.get(municipality.slug) ?? (project.participation.confirmed ? '' : words('roleUnconfirmed'));
}

/** `<code>-<slug>`: the base name of a member's files. */
export function handoutBaseName(municipality: Municipality): string {
  return `${municipality.code}-${municipality.slug}`;
}
