// The projector's copy of a dashboard: no names, and no evidence per question while the class is open.
import { describe, expect, it } from 'vitest';
import { classroomServices } from '../../../test-support/classroom';
import { tempDatabase } from '../../../test-support/databases';
import { lapseRoundAnswers } from '../../../test-support/lapse-round';
import { withoutNames } from './without-names';

describe('withoutNames', () => {
	const { quiz, classes, classroom } = classroomServices(tempDatabase().db);
	const noEvidence = quiz.questions.findIndex((q) => q.evidence.length === 0);
	const withEvidence = quiz.questions.findIndex((q) => q.evidence.length > 0);

	async function classWithAnswers() {
		const created = await classroom.createClass({
			title: 'Projector',
			pacing: 'self',
			feedback: 'each',
			evidenceMode: 'bonus'
		});
		if (!created.ok) throw new Error(JSON.stringify(created));
		const joined = await classroom.join(
			{ code: created.classRow.code, nickname: 'Nadia' },
			'10.0.0.9'
		);
		if (!joined.ok) throw new Error('could not join');
		for (const i of [noEvidence, withEvidence]) {
			const q = quiz.questions[i]!;
			// Cites the evidence and a sentence from the other end of the article.
			const cited = [...new Set([...q.evidence.flat(), 'p1s1'])];
			await classroom.answer(joined.seat.seatKey, { questionId: q.id, answer: q.answer, cited });
		}
		return created.classRow;
	}

	it('takes out names and seat ids, and keeps the counts', async () => {
		const classRow = await classWithAnswers();
		const dash = await classroom.dashboard(classRow);
		const copy = withoutNames(dash);
		const [nadia] = (await classroom.roster(classRow)).rows;
		expect(nadia).toMatchObject({ nickname: 'Nadia', answered: 2 });
		expect(JSON.stringify(copy)).not.toContain('Nadia');
		expect(JSON.stringify(copy)).not.toContain(nadia!.seatId);
		expect(copy).toMatchObject({ present: 1, finished: 0 });
		expect(withoutNames(dash)).toBe(copy);
	});

	it('says nothing about which questions have evidence until the class is closed', async () => {
		const classRow = await classWithAnswers();
		const open = await classroom.dashboard(classRow);
		expect(open.questions[noEvidence]!.hasEvidence).toBe(false);
		expect(open.questions[withEvidence]!.evidenceFound).toBe(1);
		const shown = withoutNames(open);
		for (const q of shown.questions) {
			expect(q).toMatchObject({ hasEvidence: true, evidenceFound: 0, citedWrongly: null });
		}

		await classroom.close(classRow);
		const closed = await classroom.dashboard((await classes.get(classRow.id))!);
		expect(closed.closed).toBe(true);
		expect(withoutNames(closed).questions).toEqual(closed.questions);
		expect(withoutNames(closed).questions[noEvidence]!.hasEvidence).toBe(false);
		expect(withoutNames(closed).questions[withEvidence]!.evidenceFound).toBe(1);
	});

	it('says nothing about who believed something false or doubted something true until the class is closed', async () => {
		const classRow = await classWithAnswers();
		const joined = await classroom.join({ code: classRow.code, nickname: 'Omar' }, '10.0.0.9');
		if (!joined.ok) throw new Error('could not join');
		// The hand-keyed round's first two rows: a made-up line believed, a real line doubted.
		const [believed, doubted] = lapseRoundAnswers(quiz.questions);
		for (const { question, given } of [believed!, doubted!]) {
			await classroom.answer(joined.seat.seatKey, { questionId: question.id, answer: given });
		}
		const at = (id: string) => quiz.questions.findIndex((q) => q.id === id);
		const open = await classroom.dashboard(classRow);
		expect(open.questions[at(believed!.question.id)]).toMatchObject({ believedFalse: 1 });
		expect(open.questions[at(doubted!.question.id)]).toMatchObject({ doubtedTrue: 1 });
		for (const q of withoutNames(open).questions) {
			expect(q).toMatchObject({ believedFalse: 0, doubtedTrue: 0 });
		}

		await classroom.close(classRow);
		const closed = withoutNames(await classroom.dashboard((await classes.get(classRow.id))!));
		expect(closed.questions[at(believed!.question.id)]).toMatchObject({
			believedFalse: 1,
			doubtedTrue: 0
		});
		expect(closed.questions[at(doubted!.question.id)]).toMatchObject({
			believedFalse: 0,
			doubtedTrue: 1
		});
	});
});
