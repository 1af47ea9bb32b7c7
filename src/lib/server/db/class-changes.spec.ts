import { describe, expect, it } from 'vitest';
import { Announcement } from './class-changes';

// The wire is what migration 0010's triggers write, and what instances of an older build still
// send: its one-letter keys are read into names here and nowhere else.
describe('announcements of other instances', () => {
	it('reads each kind of change from its one-letter keys into named fields', () => {
		const read = (wire: Record<string, unknown>) => Announcement.parse({ i: 'b', ...wire });
		expect(
			read({ k: 'answer', c: 'class1', s: 'seat1', q: 'q1', g: '"b"', e: '["s2","s3"]' })
		).toEqual({
			from: 'b',
			change: {
				kind: 'answer',
				classId: 'class1',
				seatId: 'seat1',
				questionId: 'q1',
				given: 'b',
				cited: ['s2', 's3']
			}
		});
		expect(read({ k: 'answer', c: 'c', s: 's', q: 'q', g: '12.5', e: '[]' }).change).toMatchObject({
			given: 12.5,
			cited: []
		});
		expect(read({ k: 'join', c: 'class1', s: 'seat1', n: 'Ana', a: 'attempt1' }).change).toEqual({
			kind: 'join',
			classId: 'class1',
			seatId: 'seat1',
			nickname: 'Ana',
			attemptKey: 'attempt1'
		});
		expect(read({ k: 'remove', c: 'class1', s: 'seat1' }).change).toEqual({
			kind: 'remove',
			classId: 'class1',
			seatId: 'seat1'
		});
		expect(read({ k: 'class', c: 'class1', p: true }).change).toEqual({
			kind: 'class',
			classId: 'class1',
			paceChanged: true
		});
		expect(read({ k: 'gone', c: 'class1' }).change).toEqual({ kind: 'gone', classId: 'class1' });
		expect(read({ k: 'resync', c: 'class1' }).change).toEqual({
			kind: 'resync',
			classId: 'class1'
		});
	});

	it('keeps an answer it cannot read as one (its class is then read again), with null for what it could not', () => {
		const answer = (g: string, e: string) =>
			Announcement.parse({ i: 'b', k: 'answer', c: 'c', s: 's', q: 'q', g, e }).change;
		expect(answer('not json', '[1]')).toMatchObject({ given: null, cited: null });
		expect(answer('{"a":1}', '"s1"')).toMatchObject({ given: null, cited: null });
		expect(answer('true', '["s1", 2]')).toMatchObject({ given: null, cited: null });
	});

	it('refuses what is not an announcement', () => {
		expect(Announcement.safeParse({ i: 'b', k: 'shout', c: 'c' }).success).toBe(false);
		expect(Announcement.safeParse({ k: 'gone', c: 'c' }).success).toBe(false);
		expect(Announcement.safeParse({ i: 'b', k: 'class', c: 'c' }).success).toBe(false);
		expect(Announcement.safeParse({ i: 'b', k: 'join', c: 'c', s: 's', n: 'Ana' }).success).toBe(
			false
		);
	});
});
