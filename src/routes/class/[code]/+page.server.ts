// /class/CODE: the student's game, in their seat; without a seat here, back to the join form.
import { error, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { SEAT_COOKIE } from '$lib/server/http/cookies';
import { summarize } from '$lib/quiz/summary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, setHeaders }) => {
	const { quizzes, classroom } = getApp();
	setHeaders({ 'cache-control': 'private, no-store' });
	const student = await classroom.student(cookies.get(SEAT_COOKIE));
	// A removed student is told so, rather than sent back to the join form without a word.
	if (!student.ok && student.status === 403) error(403, { message: student.message });
	if (!student.ok || student.classRow.code !== params.code) {
		redirect(303, `/join/${encodeURIComponent(params.code)}`);
	}
	const { view } = student;
	const quiz = await quizzes.lookup.forClass(student.classRow);
	if (!quiz) error(410, { message: "This exercise's article is no longer available." });
	return {
		title: quiz.pack.title,
		view,
		// Once closed, the totals are the server's: it knows which unanswered questions had evidence
		// to find, which the browser is never told.
		closedSummary: view.closed ? summarize(quiz.questions, view.verdicts, view.evidenceMode) : null,
		seatId: student.seat.id,
		paragraphs: quiz.paragraphs,
		questions: quiz.publicQuestions,
		total: quiz.questions.length
	};
};
