// The live event routes (teacher dashboard, student pace) against a real database and real streams:
// how many may be open at once, per class, per seat and per network address.
import { describe, expect, it } from 'vitest';
import { GET as studentEvents } from '../../../routes/class/[code]/events/+server';
import { GET as projectorEvents } from '../../../routes/show/[view]/events/+server';
import { GET as teacherEvents } from '../../../routes/teach/[secret]/events/+server';
import { getApp } from '../app';
import { viewSecretOf } from '../db/class-store';
import { SEAT_COOKIE } from './cookies';
import { PROJECTOR_STREAMS_PER_CLASS, TEACHER_STREAMS_PER_CLASS } from './stream-limits';
import { useTestApp } from '../../../test-support/databases';

// getApp() reads the environment on first use: point it at a database of this test's own.
useTestApp();
process.env.STREAMS_PER_ADDRESS = '40';

const settings = { title: 'Streams', pacing: 'teacher', feedback: 'each', timeLimitMinutes: '' };

async function newClass() {
	const created = await getApp().classroom.createClass(settings);
	if (!created.ok) throw new Error('invalid');
	return created;
}

// A request event with what the stream routes read; typed `never` so it fits each route's own event type.
function event(address: string, extra: Record<string, unknown>): never {
	return {
		url: new URL('http://localhost/events'),
		getClientAddress: () => address,
		cookies: { get: () => undefined },
		...extra
	} as unknown as never;
}

const openTeacher = (secret: string, address = '10.1.0.1', search = '') =>
	teacherEvents(
		event(address, { params: { secret }, url: new URL(`http://localhost/events${search}`) })
	) as Promise<Response>;

/** The first message of a stream, which is then closed. */
async function firstMessage(response: Response) {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	while (!text.includes('\n\n')) text += decoder.decode((await reader.read()).value);
	await reader.cancel();
	return JSON.parse(text.slice(text.indexOf('data: ') + 6, text.indexOf('\n\n')));
}

const openProjector = (teacherSecret: string, address = '10.5.0.1') =>
	projectorEvents(
		event(address, { params: { view: viewSecretOf(teacherSecret) } })
	) as Promise<Response>;

const openStudent = (seatKey: string, address = '10.2.0.1') =>
	studentEvents(
		event(address, {
			params: { code: 'x' },
			cookies: { get: (name: string) => (name === SEAT_COOKIE ? seatKey : undefined) }
		})
	) as Promise<Response>;

async function readAll(response: Response): Promise<string> {
	let text = '';
	const decoder = new TextDecoder();
	const reader = response.body!.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return text;
		text += decoder.decode(value);
	}
}

describe('event streams', () => {
	it('caps the projector streams of one class, and frees a place when one closes', async () => {
		const { teacherSecret } = await newClass();
		const open: Response[] = [];
		for (let i = 0; i < PROJECTOR_STREAMS_PER_CLASS; i++) {
			open.push(await openProjector(teacherSecret, `10.1.1.${i}`));
		}
		expect(open.map((r) => r.status)).toEqual(open.map(() => 200));
		const refused = await openProjector(teacherSecret, '10.1.2.1');
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('30');
		expect(await refused.text()).toMatch(/projector screens/);
		await open[0]!.body!.cancel();
		const again = await openProjector(teacherSecret, '10.1.2.1');
		expect(again.status).toBe(200);
		await Promise.all([again, ...open.slice(1)].map((r) => r.body!.cancel()));
	});

	it('lets the teacher in however many projectors are open (the projector link is on the screen)', async () => {
		const { teacherSecret } = await newClass();
		const projectors: Response[] = [];
		for (let i = 0; i < PROJECTOR_STREAMS_PER_CLASS; i++) {
			projectors.push(await openProjector(teacherSecret, '10.6.0.1'));
		}
		expect((await openProjector(teacherSecret, '10.6.0.1')).status).toBe(429);
		const teacher = await openTeacher(teacherSecret, '10.6.0.1');
		expect(teacher.status).toBe(200);
		expect((await firstMessage(teacher)).roster).toBeDefined();
		await Promise.all(projectors.map((r) => r.body!.cancel()));
	});

	it('never refuses the teacher: a dashboard beyond the cap ends the oldest, which is told so', async () => {
		const { teacherSecret } = await newClass();
		const open: Response[] = [];
		for (let i = 0; i < TEACHER_STREAMS_PER_CLASS; i++) {
			open.push(await openTeacher(teacherSecret, `10.7.0.${i}`));
		}
		const oldest = readAll(open[0]!);
		const newest = await openTeacher(teacherSecret, '10.7.1.1');
		expect(newest.status).toBe(200);
		expect(await oldest).toContain('event: replaced');
		await Promise.all([newest, ...open.slice(1)].map((r) => r.body!.cancel()));
	});

	it('lets the teacher in from an address whose projectors and students fill its cap', async () => {
		const { classRow, teacherSecret } = await newClass();
		const others: Response[] = [];
		for (let i = 0; i < 40; i++) {
			const joined = await getApp().classroom.join(
				{ code: classRow.code, nickname: `N${i}` },
				'10.8.0.1'
			);
			if (!joined.ok) throw new Error('join');
			others.push(await openStudent(joined.seat.seatKey, '10.8.0.1'));
		}
		expect(others.map((r) => r.status)).toEqual(others.map(() => 200));
		expect((await openProjector(teacherSecret, '10.8.0.1')).status).toBe(429);
		const teacher = await openTeacher(teacherSecret, '10.8.0.1');
		expect(teacher.status).toBe(200);
		await Promise.all([teacher, ...others].map((r) => r.body!.cancel()));
	});

	it('keeps one stream per seat: a new one closes the older', async () => {
		const { classRow } = await newClass();
		const joined = await getApp().classroom.join(
			{ code: classRow.code, nickname: 'Ana' },
			'10.2.0.1'
		);
		if (!joined.ok) throw new Error('join');
		const first = await openStudent(joined.seat.seatKey);
		const reading = readAll(first);
		const second = await openStudent(joined.seat.seatKey);
		expect(second.status).toBe(200);
		expect(await reading).toContain('event: replaced');
		await second.body!.cancel();
	});

	it('caps the streams of one network address', async () => {
		const { classRow } = await newClass();
		const seats: string[] = [];
		for (let i = 0; i < 41; i++) {
			const joined = await getApp().classroom.join(
				{ code: classRow.code, nickname: `S${i}` },
				'10.3.0.1'
			);
			if (!joined.ok) throw new Error('join');
			seats.push(joined.seat.seatKey);
		}
		const open: Response[] = [];
		for (const key of seats.slice(0, 40)) open.push(await openStudent(key, '10.3.0.1'));
		expect(open.every((r) => r.status === 200)).toBe(true);
		const refused = await openStudent(seats[40]!, '10.3.0.1');
		expect(refused.status).toBe(429);
		expect(await refused.text()).toMatch(/network/);
		expect((await openStudent(seats[40]!, '10.3.0.2')).status).toBe(200);
		await Promise.all(open.map((r) => r.body!.cancel()));
	});

	it('streams the page of the roster its address names, the first for anything unreadable', async () => {
		const { classRow, teacherSecret } = await newClass();
		for (let i = 1; i <= 60; i++) {
			const nickname = `${i % 2 ? 'Odd' : 'Even'} ${i}`;
			if (!(await getApp().classroom.join({ code: classRow.code, nickname }, '10.4.0.1')).ok) {
				throw new Error('join');
			}
		}
		const second = await firstMessage(await openTeacher(teacherSecret, '10.4.0.2', '?page=2'));
		expect(second.roster).toMatchObject({ page: 2, pages: 2, matching: 60 });
		expect(second.roster.rows[0].nickname).toBe('Odd 51');
		const odd = await firstMessage(await openTeacher(teacherSecret, '10.4.0.2', '?q=+odd+&page=9'));
		expect(odd.roster).toMatchObject({ page: 1, pages: 1, matching: 30, query: 'odd' });
		const unreadable = await firstMessage(
			await openTeacher(teacherSecret, '10.4.0.2', '?page=%3Cscript%3E&q=')
		);
		expect(unreadable.roster).toMatchObject({ page: 1, pages: 2 });
		expect(unreadable.present).toBe(60);
	});
});
