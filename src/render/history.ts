import type { CalendarDate } from '../calendar-date.js';
import type { Vision } from '../model/index.js';

/** One line of the 改定履歴. */
export interface HistoryEntry {
  readonly date: CalendarDate;
  /** 策定 for the adoption, the revision's label (一部変更, say) otherwise. */
  readonly label: string;
  readonly summary?: string;
}

/**
 * The 改定履歴, oldest first: the adoption under `adoptionLabel` (the templates' 策定), then each
 * revision. Empty for a plan never revised: the adoption alone is no history, and every
 * output of an unrevised plan stays as it was before revisions were printed.
 */
export function revisionHistory(vision: Vision, adoptionLabel: string): readonly HistoryEntry[] {
  if (vision.revisions.length === 0) return [];
  return [{ date: vision.adopted, label: adoptionLabel }, ...vision.revisions];
}
