// GET /class/CODE/events: what a student's screen must follow live: pacing and closing. No names.
import { getApp } from '$lib/server/app';
import { SEAT_COOKIE } from '$lib/server/http/cookies';
import { snapshotStream } from '$lib/server/http/sse';
import { refused } from '$lib/server/http/stream-limits';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ cookies, getClientAddress }) => {
	const { classroom, streams } = getApp();
	const seatKey = cookies.get(SEAT_COOKIE);
	const student = await classroom.student(seatKey);
	if (!student.ok) return new Response(student.message, { status: student.status });
	const admitted = streams.student(student.seat.id, getClientAddress());
	if (!admitted.ok) return refused(admitted);
	return snapshotStream({
		changes: classroom.changes,
		// Told of pacing, closing and removals only: not of every answer and join in the class.
		topic: classroom.paceTopic(student.classRow.id),
		throttleMs: 100,
		signal: admitted.signal,
		onEnd: admitted.release,
		snapshot: () => classroom.pace(seatKey)
	});
};
