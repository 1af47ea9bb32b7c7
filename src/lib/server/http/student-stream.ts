// A student's live stream (GET /class/CODE/events): what the student's screen must follow live,
// pacing and closing, and no names. One seat keeps one stream; served by SvelteKit's endpoint and,
// built, by node-routes.ts, from the options found here.
import type { App } from '../app';
import { refuse, type Refusal } from '../../contract/refusal';
import type { SnapshotStreamOptions } from './sse';
import { RETRY_STREAM_SECONDS } from './stream-limits';

export type StudentStream =
	{ ok: true; options: SnapshotStreamOptions } | (Refusal & { retryAfter?: string });

export async function openStudentStream(
	{ classroom, streams }: App,
	seatKey: string | undefined,
	clientAddress: string
): Promise<StudentStream> {
	const student = await classroom.seat(seatKey);
	if (!student.ok) return refuse(student.status, student.message);
	const admitted = streams.student(student.seat.id, clientAddress);
	if (!admitted.ok) return { ...admitted, retryAfter: RETRY_STREAM_SECONDS };
	return {
		ok: true,
		options: {
			changes: classroom.changes,
			// Told of pacing, closing and removals only: not of every answer and join in the class.
			topic: classroom.paceTopic(student.classRow.id),
			throttleMs: 100,
			signal: admitted.signal,
			onEnd: admitted.release,
			snapshot: () => classroom.pace(seatKey)
		}
	};
}
