// Answers given while offline, kept in the browser and sent in order when the connection returns.
import * as z from 'zod/mini';
import { OfflineError } from './api';
import type { CheckRequest } from './quiz-machine';

const Saved = z.array(
	z.object({
		attemptKey: z.string(),
		questionId: z.string(),
		answer: z.union([z.string(), z.number()]),
		// Answers saved before citations existed have none.
		cited: z._default(z.array(z.string()), [])
	})
);

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function createOutbox(
	storage: Store | undefined,
	key: string,
	send: (request: CheckRequest) => Promise<unknown>
) {
	const read = (): CheckRequest[] => {
		try {
			const parsed = Saved.safeParse(JSON.parse(storage?.getItem(key) ?? '[]'));
			return parsed.success ? parsed.data : [];
		} catch {
			return [];
		}
	};
	const write = (requests: CheckRequest[]) => {
		try {
			storage?.setItem(key, JSON.stringify(requests));
		} catch {
			// A full or blocked storage: the answers stay in this tab's memory until sent.
		}
	};
	let memory = read();
	let flushing: Promise<void> | undefined;

	return {
		get size() {
			return memory.length;
		},
		add(request: CheckRequest) {
			memory = [...memory.filter((r) => r.questionId !== request.questionId), request];
			write(memory);
		},
		/** Sends what is waiting; stops at the first that still cannot get through. */
		flush(): Promise<void> {
			flushing ??= (async () => {
				try {
					while (memory.length > 0) {
						try {
							await send(memory[0]!);
						} catch (error) {
							if (error instanceof OfflineError) return;
							// The server refused it (closed exercise, say): keeping it would block the rest.
						}
						memory = memory.slice(1);
						write(memory);
					}
				} finally {
					flushing = undefined;
				}
			})();
			return flushing;
		}
	};
}

export type Outbox = ReturnType<typeof createOutbox>;
