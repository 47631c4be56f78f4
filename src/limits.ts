/**
 * Every limit the input is held to, in one place: each is checked before the work it bounds,
 * and each breach is a positioned problem, never a crash or a silent loss. They are set well
 * above the plan's needs (53 projects, 12 members) and above the scale the tool is built
 * for (a few thousand projects, a few hundred members), and low enough that every accepted
 * input builds in time proportional to its size and every printed row fits on a page.
 */
export const LIMITS = {
  /** Bytes in one data or template file; checked before it is read. */
  fileBytes: 2 * 1024 * 1024,
  /** Bytes in all data files together. */
  totalBytes: 8 * 1024 * 1024,
  /** Data files in the data folder. */
  files: 200,
  /** Folder levels below the data folder. */
  folderDepth: 8,
  /** Items in any one YAML list or mapping, checked before the schema runs. */
  collectionItems: 10_000,
  /** Aliases (*name) in one file, and the values they may expand to in all. */
  aliases: 100,
  aliasExpansion: 10_000,
  projects: 2_000,
  municipalities: 500,
  pillars: 20,
  /** Sections in a pillar, and fields in a section (field letters run a–z). */
  sections: 20,
  fields: 26,
  /** Priority policies: each is a ● column in every table, and ten leave room for the names. */
  priorities: 10,
  groups: 10,
  revisions: 20,
  kpis: 20,
  /** Characters of each kind of text (UTF-16 code units, as the schema counts them). */
  text: {
    slug: 40,
    id: 20,
    visionTitle: 60,
    issuer: 40,
    documentLabel: 20,
    chartTitle: 80,
    heading: 80,
    lead: 300,
    revisionLabel: 40,
    /** Printed under its revision in the 改定履歴 of the listing's first page. */
    revisionSummary: 200,
    regionName: 40,
    municipalityName: 20,
    bureau: 20,
    groupName: 40,
    policyText: 60,
    commonLabel: 20,
    commonText: 60,
    structureName: 60,
    projectName: 100,
    /** A role is printed in a narrow column of the handout: 200 characters take about 15 lines. */
    role: 200,
    summary: 400,
    kpi: 100,
    note: 1_000,
  },
  /** Lines (line breaks + 1) of the texts that may have more than one; every other text is one line. */
  lines: { lead: 6, revisionSummary: 3, role: 10, summary: 10, note: 50 },
  /** Page numbers of the plan (ページ). */
  page: 9_999,
} as const;
