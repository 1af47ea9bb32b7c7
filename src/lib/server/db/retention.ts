// Deletes attempts older than the retention period, and those never answered after a day: at
// start-up and then once a day.
import type { AttemptStore } from './attempt-store';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** An attempt with no answer after this long was abandoned (or made by a script): it goes. */
export const UNANSWERED_DAYS = 1;

export async function purgeExpiredAttempts(
	store: AttemptStore,
	retentionDays: number,
	now = Date.now()
): Promise<number> {
	return (
		(await store.purgeCreatedBefore(now - retentionDays * DAY_MS)) +
		(await store.purgeUnansweredBefore(now - UNANSWERED_DAYS * DAY_MS))
	);
}

/** Runs the purge now and daily; the timer never keeps the process alive on its own. */
export function schedulePurge(
	run: () => Promise<number> | number,
	log: (message: string) => void = console.log
): () => void {
	const tick = async () => {
		try {
			const removed = await run();
			if (removed > 0) log(`Retention: deleted ${removed} expired attempt(s) or class(es).`);
		} catch (error) {
			log(`Retention: the purge failed and will be tried again tomorrow: ${String(error)}`);
		}
	};
	void tick();
	const timer = setInterval(() => void tick(), DAY_MS);
	timer.unref();
	return () => clearInterval(timer);
}
