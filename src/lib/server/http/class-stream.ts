// One class's live view (the teacher's dashboard or the projector's), admitted under its own caps
// (stream-limits.ts: the teacher is never refused, projectors are) and sent whenever the class changes.
import { getApp } from '../app';
import type { ClassRow } from '../db/class-store';
import { snapshotStream } from './sse';
import { refused } from './stream-limits';

export function classStream(
	viewer: 'teacher' | 'projector',
	classRow: ClassRow,
	address: string,
	snapshot: () => unknown
): Response {
	const { classroom, streams } = getApp();
	const admitted = streams[viewer](classRow.id, address);
	if (!admitted.ok) return refused(admitted);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		signal: admitted.signal,
		onEnd: admitted.release,
		snapshot
	});
}
