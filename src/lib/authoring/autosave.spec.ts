import { describe, expect, it } from 'vitest';
import { createAutosave, type SaveOutcome, type SaveStatus } from './autosave';

/** A clock driven by hand, and a server whose replies the test releases one at a time. */
function harness(outcomes: SaveOutcome[] = []) {
	const timers: { fn: () => void; at: number }[] = [];
	let now = 0;
	const sent: string[] = [];
	const pending: ((o: SaveOutcome) => void)[] = [];
	const statuses: SaveStatus['state'][] = [];
	const saver = createAutosave('v0', {
		send: (body) => {
			sent.push(body);
			const next = outcomes.shift();
			return next ? Promise.resolve(next) : new Promise((resolve) => pending.push(resolve));
		},
		onStatus: (s) => statuses.push(s.state),
		delayMs: 800,
		retryMs: 5_000,
		setTimer: (fn, ms) => {
			const t = { fn, at: now + ms };
			timers.push(t);
			return t;
		},
		clearTimer: (t) => timers.splice(timers.indexOf(t as never), 1)
	});
	const advance = async (ms: number) => {
		now += ms;
		for (const t of timers.filter((t) => t.at <= now)) {
			timers.splice(timers.indexOf(t), 1);
			t.fn();
		}
		await new Promise((r) => setTimeout(r, 0));
	};
	const reply = async (o: SaveOutcome) => {
		pending.shift()!(o);
		await new Promise((r) => setTimeout(r, 0));
	};
	return { saver, sent, statuses, advance, reply };
}

describe('saving a draft as the teacher goes', () => {
	it('waits for a pause in typing and sends only the latest state', async () => {
		const h = harness([{ ok: true }]);
		h.saver.change('v1');
		await h.advance(500);
		h.saver.change('v2');
		await h.advance(500);
		expect(h.sent).toEqual([]);
		await h.advance(300);
		expect(h.sent).toEqual(['v2']);
		expect(h.statuses.at(-1)).toBe('saved');
		expect(h.saver.unsaved()).toBe(false);
	});

	it('sends a change made during a save once that save is done, in order', async () => {
		const h = harness();
		h.saver.change('v1');
		await h.advance(800);
		h.saver.change('v2');
		await h.advance(800);
		expect(h.sent).toEqual(['v1']);
		await h.reply({ ok: true });
		await h.advance(0);
		expect(h.sent).toEqual(['v1', 'v2']);
		expect(h.saver.unsaved()).toBe(true);
		await h.reply({ ok: true });
		expect(h.saver.unsaved()).toBe(false);
		expect(h.statuses.at(-1)).toBe('saved');
	});

	it('keeps a failed save unsaved and retries it after the wait the server asks for', async () => {
		const h = harness([{ ok: false, message: 'busy', retryAfterMs: 2_000 }, { ok: true }]);
		h.saver.change('v1');
		await h.advance(800);
		expect(h.statuses.at(-1)).toBe('failed');
		expect(h.saver.unsaved()).toBe(true);
		await h.advance(1_999);
		expect(h.sent).toEqual(['v1']);
		await h.advance(1);
		expect(h.sent).toEqual(['v1', 'v1']);
		expect(h.saver.unsaved()).toBe(false);
	});

	it('saves at once on flush, and not at all when nothing changed', async () => {
		const h = harness([{ ok: true }]);
		expect(await h.saver.flush()).toBe(true);
		expect(h.sent).toEqual([]);
		h.saver.change('v1');
		expect(await h.saver.flush()).toBe(true);
		expect(h.sent).toEqual(['v1']);
	});
});
