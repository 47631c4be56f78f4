import { municipalityHandouts } from './handout/municipality-handouts.js';
import { projectListing } from './pdf/project-listing.js';
import { systemChart } from './pdf/system-chart.js';
import { shinkyuTaishohyo } from './revision/shinkyu-taishohyo.js';
import type { Renderer } from './types.js';
import { visionWorkbook } from './xlsx/vision-workbook.js';

/** Every output a build writes, in the order they are built. */
export const renderers: readonly Renderer[] = [systemChart, projectListing, shinkyuTaishohyo, visionWorkbook, municipalityHandouts];
