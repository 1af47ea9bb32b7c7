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

/** `onSize` hears how many answers wait, each time that changes (the page shows it). */
export function createOutbox(
	storage: Store | undefined,
	key: string,
	send: (request: CheckRequest) => Promise<unknown>,
	onSize: (size: number) => void = () => {}
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
		onSize(requests.length);
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
			// Cleared once settled (a `finally` inside would run before the assignment when nothing waits,
			// and leave a settled promise that sends nothing ever after).
			flushing ??= sendAll().finally(() => (flushing = undefined));
			return flushing;
		}
	};

	async function sendAll() {
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
	}
}

export type Outbox = ReturnType<typeof createOutbox>;
