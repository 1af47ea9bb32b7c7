// How many answers believed something false and how many doubted something true: each verdict says
// which (lapses.ts). The words players and teachers read for them are in LapseCounts.svelte.
import type { Verdict } from './verdict';

export interface Lapses {
	believedFalse: number;
	doubtedTrue: number;
}

/** Counts each kind over an attempt's verdicts (null: one withheld until the end). */
export function countLapses(verdicts: readonly (Pick<Verdict, 'lapse'> | null)[]): Lapses {
	const counts: Lapses = { believedFalse: 0, doubtedTrue: 0 };
	for (const verdict of verdicts) {
		if (verdict?.lapse === 'believed-false') counts.believedFalse++;
		if (verdict?.lapse === 'doubted-true') counts.doubtedTrue++;
	}
	return counts;
}
