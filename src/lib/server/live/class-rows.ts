// Class rows kept for students' requests until the class changes: a big class reads its row once.
import { LRUCache } from 'lru-cache';
import type { ClassRow } from '../db/class-store';

/** The most class rows kept (each until its class changes). */
const CLASS_ROWS_KEPT = 5_000;
/** The classes whose generation is remembered (ten times the dashboards kept, live-dashboards.ts). */
const GENERATIONS_KEPT = 5_000;

export interface KeptClassRows {
	/** The class's row: the copy kept, the read in flight, or a new read. */
	get(classId: string): Promise<ClassRow | undefined>;
	/** The class changed: the copy kept is dropped, and a read under way is not kept. */
	changed(classId: string): void;
	/** The classes with a row kept. */
	ids(): IterableIterator<string>;
}

/**
 * Every answer, and every student's stream when the pace changes (10,000 at once in a big class),
 * reads its class's row. A row is read while other requests write: a class's generation counts its
 * changes, so a copy read before a change is never kept after it.
 */
export function keptClassRows(
	read: (classId: string) => Promise<ClassRow | undefined>
): KeptClassRows {
	const rows = new LRUCache<string, ClassRow>({ max: CLASS_ROWS_KEPT });
	const generations = new LRUCache<string, number>({ max: GENERATIONS_KEPT });
	const generation = (classId: string) => generations.get(classId) ?? 0;
	// A read in flight is shared: 10,000 streams asking at once wait on one read, not 10,000.
	const reads = new Map<string, { generation: number; row: Promise<ClassRow | undefined> }>();
	return {
		async get(classId) {
			const kept = rows.get(classId);
			if (kept) return kept;
			const reading = generation(classId);
			const inFlight = reads.get(classId);
			if (inFlight && inFlight.generation === reading) return inFlight.row;
			const row = read(classId).finally(() => {
				if (reads.get(classId)?.row === row) reads.delete(classId);
			});
			reads.set(classId, { generation: reading, row });
			const found = await row;
			if (found && generation(classId) === reading) rows.set(classId, found);
			return found;
		},
		changed(classId) {
			generations.set(classId, generation(classId) + 1);
			rows.delete(classId);
		},
		ids: () => rows.keys()
	};
}
