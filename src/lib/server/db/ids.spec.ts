import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../content/packs';
import { createAttemptStore } from './attempt-store';
import { createClassStore, TEACHER_SECRET_PATTERN } from './class-store';
import { ATTEMPT_KEY_PATTERN, newAttemptKey, newPublicId, PUBLIC_ID_PATTERN } from './ids';
import { createQuizService } from '../services/quiz-service';
import { loadSharedResult, PublicId } from '../services/share';
import { tempDatabase } from '../../../test-support/databases';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

describe('ids', () => {
	it('have the shapes the validators expect: 32 and 24 base64url characters, no padding', () => {
		for (let i = 0; i < 200; i++) {
			const key = newAttemptKey();
			const id = newPublicId();
			expect(key).toHaveLength(32);
			expect(id).toHaveLength(24);
			expect(key).toMatch(BASE64URL);
			expect(id).toMatch(BASE64URL);
			expect(key).toMatch(ATTEMPT_KEY_PATTERN);
			expect(id).toMatch(PUBLIC_ID_PATTERN);
			expect(PublicId.safeParse(id).success).toBe(true);
			// 192 and 144 bits, as the comments in ids.ts promise.
			expect(Buffer.from(key, 'base64url')).toHaveLength(24);
			expect(Buffer.from(id, 'base64url')).toHaveLength(18);
		}
	});

	it('are not interchangeable: a public id is not an attempt key and the other way round', () => {
		expect(newPublicId()).not.toMatch(ATTEMPT_KEY_PATTERN);
		expect(newAttemptKey()).not.toMatch(PUBLIC_ID_PATTERN);
		expect(PublicId.safeParse(newAttemptKey()).success).toBe(false);
	});

	it('the share page id parser refuses anything but a well-formed public id', () => {
		const id = newPublicId();
		for (const bad of [
			'',
			id.slice(0, 23),
			id + 'A',
			id.slice(0, 23) + '=',
			id.slice(0, 23) + '+',
			id.slice(0, 23) + '/',
			id.slice(0, 23) + '.',
			` ${id.slice(1)}`,
			`${id.slice(0, 23)}\n`,
			'../../../../etc/passwd123',
			'%41'.repeat(8),
			42,
			null,
			undefined,
			[id],
			{ id }
		]) {
			expect(PublicId.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
	});

	describe('made by the stores', () => {
		const { db } = tempDatabase();
		const attempts = createAttemptStore(db);
		const quiz = createQuizService(attempts, defaultPack);
		const classes = createClassStore(db, attempts);

		it('an attempt gets a key and a public id that the service and share page accept', async () => {
			const attempt = await quiz.start();
			expect(attempt.key).toMatch(ATTEMPT_KEY_PATTERN);
			expect(attempt.publicId).toMatch(PUBLIC_ID_PATTERN);
			expect(attempt.key).not.toBe(attempt.publicId);
			expect((await quiz.state(attempt.key))?.attempt.publicId).toBe(attempt.publicId);
			expect(await quiz.isPublic(attempt.publicId)).toBe(true);
			expect((await loadSharedResult(quiz, attempt.publicId))?.publicId).toBe(attempt.publicId);
			// The public id must never open the attempt for answering, nor the key its share page.
			expect(await quiz.state(attempt.publicId)).toBeUndefined();
			expect(await loadSharedResult(quiz, attempt.key)).toBeUndefined();
			// A well-formed id that was never issued is simply not found.
			expect(await loadSharedResult(quiz, newPublicId())).toBeUndefined();
		});

		it('a class gets a teacher secret its own lookup accepts, and seats get fresh attempts', async () => {
			const { row, teacherSecret } = await classes.create({
				title: 'Ids',
				packId: defaultPack.id,
				pacing: 'self',
				feedback: 'each',
				timeLimitMinutes: null,
				maxSeats: null,
				evidenceMode: 'bonus',
				packVersion: null
			});
			expect(teacherSecret).toMatch(TEACHER_SECRET_PATTERN);
			expect(Buffer.from(teacherSecret, 'base64url')).toHaveLength(24);
			expect((await classes.bySecret(teacherSecret))?.id).toBe(row.id);
			expect(await classes.bySecret(teacherSecret.slice(0, 31))).toBeUndefined();
			expect(await classes.bySecret(newAttemptKey())).toBeUndefined();

			const seat = (await classes.join(row, 'Sam', quiz.questions.length, 10))!;
			expect(seat.seatKey).toMatch(BASE64URL);
			expect(seat.seatKey).toHaveLength(32);
			expect(seat.seatKey).not.toBe(teacherSecret);
			expect((await classes.seat(seat.seatKey))?.nickname).toBe('Sam');
			expect((await quiz.state(seat.attemptKey))?.attempt.key).toBe(seat.attemptKey);
		});
	});
});
