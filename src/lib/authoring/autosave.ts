// Saves a draft as the teacher goes: a change is sent after a short pause in typing, one save at a
// time, the latest state always last; a failed save is retried, and nothing is reported saved
// until the server has it. Pure: the page gives it the function that sends, and the clock.

export type SaveOutcome = { ok: true } | { ok: false; message: string; retryAfterMs?: number };

export type SaveStatus =
	| { state: 'saved' }
	| { state: 'pending' }
	| { state: 'saving' }
	| { state: 'failed'; message: string };

export interface AutosaveOptions {
	send: (body: string) => Promise<SaveOutcome>;
	onStatus: (status: SaveStatus) => void;
	/** Pause after the last change before saving. */
	delayMs?: number;
	/** Wait before retrying a failed save, unless the server says how long. */
	retryMs?: number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

export function createAutosave(saved: string, options: AutosaveOptions) {
	const { send, onStatus, delayMs = 800, retryMs = 5_000 } = options;
	const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
	const clearTimer =
		options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
	let lastSaved = saved;
	let latest = saved;
	let timer: unknown;
	let inFlight: Promise<void> | undefined;

	const run = async (): Promise<void> => {
		timer = undefined;
		if (inFlight) return inFlight.then(run);
		if (latest === lastSaved) return onStatus({ state: 'saved' });
		const body = latest;
		onStatus({ state: 'saving' });
		inFlight = send(body).then(
			(outcome) => settle(body, outcome),
			() => settle(body, { ok: false, message: 'No connection: the draft is kept here.' })
		);
		await inFlight;
		inFlight = undefined;
	};

	const settle = (body: string, outcome: SaveOutcome) => {
		if (outcome.ok) {
			lastSaved = body;
			onStatus(latest === lastSaved ? { state: 'saved' } : { state: 'pending' });
			if (latest !== lastSaved) timer = setTimer(run, 0);
		} else {
			onStatus({ state: 'failed', message: outcome.message });
			timer = setTimer(run, outcome.retryAfterMs ?? retryMs);
		}
	};

	return {
		/** A new state of the draft: saved after the pause, unless another change comes first. */
		change(body: string): void {
			latest = body;
			if (latest === lastSaved && !inFlight) return;
			if (timer !== undefined) clearTimer(timer);
			onStatus({ state: 'pending' });
			timer = setTimer(run, delayMs);
		},
		/** Saves now (before a preview, or when the page is hidden); resolves once it is settled. */
		async flush(): Promise<boolean> {
			if (timer !== undefined) clearTimer(timer);
			timer = undefined;
			await run();
			if (inFlight) await inFlight;
			return latest === lastSaved;
		},
		/** Whether the latest change is not on the server yet. */
		unsaved: () => latest !== lastSaved
	};
}
