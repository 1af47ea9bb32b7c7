// Classroom forms (class settings, join), outside the server: pages, specs and service share them.
import * as z from 'zod';
import { normaliseJoinCode } from './join-code';
import { Nickname } from './nickname';
import { visibleText } from './text-clean';
import { EVIDENCE_MODES } from '../quiz/evidence';
import { FeedbackMode, Pacing } from '../contract/classroom';

const TIME_LIMIT_ERROR =
	'A time limit is a whole number of minutes from 1 to 180, or empty for none.';

const maxSeatsError = (most: number) =>
	`The largest class is a whole number of students from 1 to ${most}, or empty for no limit of your own.`;

export const ClassSettingsForm = z.object({
	// Shown to every student: cleaned like a nickname.
	title: visibleText(
		{
			blank: 'Give the exercise a title.',
			tooLong: 'Keep the title to 80 characters or fewer.',
			stacked: 'Use at most two accent marks on a letter in the title.'
		},
		80
	),
	pacing: z.enum(Pacing.options, {
		error: 'Choose how the class moves through the questions.'
	}),
	feedback: z.enum(FeedbackMode.options, { error: 'Choose when students see the answers.' }),
	evidenceMode: z
		.enum(EVIDENCE_MODES, { error: 'Choose how the class is asked for evidence.' })
		.default('bonus'),
	timeLimitMinutes: z
		.union([
			z.literal('').transform(() => null),
			z.coerce
				.number({ error: TIME_LIMIT_ERROR })
				.int({ error: TIME_LIMIT_ERROR })
				.min(1, { error: TIME_LIMIT_ERROR })
				.max(180, { error: TIME_LIMIT_ERROR })
		])
		.nullish()
		.transform((v) => v ?? null)
});

/** The settings a teacher chooses; `mostSeats` is the server's MAX_SEATS_PER_CLASS. */
export const classSettingsForm = (mostSeats: number) =>
	ClassSettingsForm.extend({
		maxSeats: z
			.preprocess(
				(v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
				z
					.number({ error: maxSeatsError(mostSeats) })
					.int({ error: maxSeatsError(mostSeats) })
					.min(1, { error: maxSeatsError(mostSeats) })
					.max(mostSeats, { error: maxSeatsError(mostSeats) })
					.optional()
			)
			.transform((v) => v ?? null)
	});

export const JoinForm = z.object({
	code: z.string({ error: 'Type the join code.' }).max(32).transform(normaliseJoinCode),
	nickname: Nickname
});
