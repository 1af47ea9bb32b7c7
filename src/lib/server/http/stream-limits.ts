// How many live event streams may be open at once: the one place that admits a stream or refuses
// it. A class's projector screens are capped, a seat keeps one stream (a new one closes the older:
// the student reloaded or opened another tab), and a network address is capped generously, since a
// whole school may share one. The teacher is never refused: the projector link is on the classroom
// screen, so anyone in the room can open it, and that must not keep the teacher off the dashboard.
// A teacher's streams are therefore counted apart from everyone else's, per class and per address,
// and a new one ends the oldest instead (a tab left open somewhere makes way for the one in use).

import type { Refusal } from '../../contract/refusal';

/** Teacher dashboards one class keeps open; a newer one ends the oldest. */
export const TEACHER_STREAMS_PER_CLASS = 20;

/** Projector screens one class may have open; one more is refused until one closes. */
export const PROJECTOR_STREAMS_PER_CLASS = 20;

/** When a client refused for too many streams may try again. */
export const RETRY_STREAM_SECONDS = '30';

export type Admission = { ok: true; signal: AbortSignal; release: () => void } | Refusal;

interface Group {
	key: string;
	max: number;
	/** Refused with this message when full; without one, the oldest stream makes way instead. */
	full?: string;
}

export function createStreamLimits({ perAddress }: { perAddress: number }) {
	/** The open streams of each group, oldest first. */
	const open = new Map<string, Set<AbortController>>();
	const streamsOf = (key: string) => open.get(key) ?? new Set<AbortController>();

	function admit(groups: Group[]): Admission {
		// A group that is not refused keeps its newest streams: the oldest make way for this one.
		const replaced = groups
			.filter((g) => !g.full)
			.flatMap((g) =>
				[...streamsOf(g.key)].slice(0, Math.max(0, streamsOf(g.key).size - g.max + 1))
			);
		for (const group of groups) {
			if (!group.full) continue;
			const staying = [...streamsOf(group.key)].filter((s) => !replaced.includes(s));
			if (staying.length >= group.max) return { ok: false, status: 429, message: group.full };
		}
		const stream = new AbortController();
		const release = () => {
			for (const { key } of groups) {
				const streams = open.get(key);
				streams?.delete(stream);
				if (streams?.size === 0) open.delete(key);
			}
		};
		replaced.forEach((old) => old.abort());
		for (const { key } of groups) open.set(key, streamsOf(key).add(stream));
		return { ok: true, signal: stream.signal, release };
	}

	const address = (value: string): Group => ({
		key: `address:${value}`,
		max: perAddress,
		full: 'Too many live connections from this network. Close some tabs, then reload the page.'
	});

	return {
		/**
		 * Always admitted. Bounded still: per class, and per address on a count of its own (so an
		 * address's teacher streams cannot grow without end over many classes, while its students'
		 * and projectors' streams cannot fill the place the teacher needs).
		 */
		teacher(classId: string, clientAddress: string): Admission {
			return admit([
				{ key: `teacher:${classId}`, max: TEACHER_STREAMS_PER_CLASS },
				{ key: `teacher-address:${clientAddress}`, max: perAddress }
			]);
		},

		projector(classId: string, clientAddress: string): Admission {
			return admit([
				{
					key: `projector:${classId}`,
					max: PROJECTOR_STREAMS_PER_CLASS,
					full: `This class already has ${PROJECTOR_STREAMS_PER_CLASS} projector screens open. Close one, then reload the page.`
				},
				address(clientAddress)
			]);
		},

		student(seatId: string, clientAddress: string): Admission {
			return admit([{ key: `seat:${seatId}`, max: 1 }, address(clientAddress)]);
		},

		/** Open streams in a group, for tests and monitoring. */
		count(key: string): number {
			return streamsOf(key).size;
		}
	};
}

export type StreamLimits = ReturnType<typeof createStreamLimits>;

/** The headers of a refused stream's plain-text reply; a full group is worth trying again later. */
export const refusalHeaders = (refusal: { retryAfter?: string }): Record<string, string> => ({
	'content-type': 'text/plain; charset=utf-8',
	...(refusal.retryAfter ? { 'retry-after': refusal.retryAfter } : {})
});

/** The reply to a stream that was not admitted. */
export const refused = (admission: { status: number; message: string }) =>
	new Response(admission.message, {
		status: admission.status,
		headers: refusalHeaders({ retryAfter: RETRY_STREAM_SECONDS })
	});
