// One class's live view (the teacher's dashboard or the projector's), admitted against the class's
// cap on such streams and sent whenever the class changes.
import { getApp } from '../app';
import type { ClassRow } from '../db/class-store';
import { snapshotStream } from './sse';
import { refused } from './stream-limits';

export function classStream(
	classRow: ClassRow,
	address: string,
	snapshot: () => unknown
): Response {
	const { classroom, streams } = getApp();
	const admitted = streams.teacher(classRow.id, address);
	if (!admitted.ok) return refused(admitted);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		signal: admitted.signal,
		onEnd: admitted.release,
		snapshot
	});
}
