// The debrief, one question at a time: the class split, the sentences that settle it, a prompt.
import { error } from '@sveltejs/kit';
import * as z from 'zod';
import { getApp } from '$lib/server/app';
import { viewerClass } from '../../viewer-class';
import type { PageServerLoad } from './$types';

const QuestionNumber = z.coerce.number().int().min(1);

export const load: PageServerLoad = async ({ params }) => {
	const { classroom } = getApp();
	const classRow = await viewerClass(params.view);
	const number = QuestionNumber.safeParse(params.n);
	const debrief = number.success ? await classroom.debrief(classRow, number.data) : undefined;
	if (!debrief)
		error(404, { message: `There is no question ${params.n.slice(0, 8)} in this quiz.` });
	return { ...debrief, number: number.data!, view: params.view };
};
