import { describe, expect, it } from 'vitest';
import { generatePlan, writePlan } from '../../scripts/generate-data.js';
import { municipalityHandouts } from '../../src/render/handout/municipality-handouts.js';
import { projectListing } from '../../src/render/pdf/project-listing.js';
import { tempDir } from '../helpers/fixture.js';
import { readPdf, streamText } from '../helpers/read-pdf.js';
import { renderOnly } from '../helpers/render.js';

/**
 * Every text at its length limit, ten ● columns, every participant with the longest role, as
 * many revisions as allowed: no row may outgrow a page, so every project a document should
 * list is there, read back from the PDF. (The one-page chart cannot hold such a plan; a build says so before writing.)
 */
describe('texts at their limits', () => {
  it('the listing and every handout still list every project they should', async () => {
    const data = tempDir();
    writePlan(data, generatePlan({ projects: 8, members: 4, participation: 'partial', texts: 'longest', priorities: 10, roles: true }));
    const listing = await renderOnly(data, projectListing);
    const all = listing.model.projects;
    expect(all).toHaveLength(8);
    expect(all[0]!.name).toHaveLength(100);
    expect(all[0]!.details.roles.get(all[0]!.participation.municipalities[0]!.slug)!.split('\n')).toHaveLength(10);
    const listed = await textOf(listing.files[0]!.bytes);
    for (const project of all) expect(listed).toContain(project.name);
    // Every revision, label and summary at their limits, in the 改定履歴 before the projects.
    const { revisions } = listing.model.vision;
    expect(revisions).toHaveLength(20);
    const line = (r: (typeof revisions)[number]) => `${r.label}${r.summary!.replace(/\s/g, '')}`;
    expect(listed.split(line(revisions[0]!)).length - 1).toBe(20);
    expect(listed.lastIndexOf(line(revisions[0]!))).toBeLessThan(listed.indexOf(all[0]!.name));

    const handouts = await renderOnly(data, municipalityHandouts);
    const pdfs = handouts.files.filter((f) => f.path.endsWith('.pdf'));
    expect(pdfs).toHaveLength(4);
    for (const member of handouts.model.region.municipalities) {
      const text = await textOf(pdfs.find((f) => f.path.includes(member.slug))!.bytes);
      const own = all.filter((p) => p.participation.municipalities.some((m) => m.slug === member.slug));
      expect(own.length).toBeGreaterThan(0);
      for (const project of own) {
        expect(text).toContain(project.name);
        expect(text).toContain(project.details.roles.get(member.slug)!.replace(/\s/g, ''));
      }
    }
  });
});

/** A PDF's text in content order, without white space (pdfjs drops U+3000 and splits lines). */
async function textOf(bytes: Uint8Array): Promise<string> {
  const { pages } = await readPdf(bytes);
  return pages.map(streamText).join('').replace(/\s/g, '');
}
