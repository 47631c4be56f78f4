import type { Model } from './types.js';

/** The plan in figures, as a build's summary prints them: kept in the manifest, so a build with nothing to do can print them without reading the data. */
export interface PlanFigures {
  readonly title: string;
  /** YYYY-MM-DD: the date the data is as of. */
  readonly date: string;
  readonly members: number;
  readonly priorities: number;
  readonly pillars: number;
  readonly fields: number;
  readonly projects: number;
}

export function planFigures(model: Model): PlanFigures {
  return {
    title: model.vision.title,
    date: model.vision.asOf.iso,
    members: model.region.municipalities.length,
    priorities: model.policies.priorities.length,
    pillars: model.pillars.length,
    fields: model.pillars.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.fields.length, 0), 0),
    projects: model.projects.length,
  };
}
