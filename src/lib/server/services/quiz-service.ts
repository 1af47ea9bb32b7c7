// The quiz as the server runs it: starts attempts, checks answers, and rebuilds an attempt's verdicts.
import * as z from 'zod';
import type { ArticlePack } from '../../content/schema';
import { generateQuestions, toPublicQuestion, type Question } from '../../quiz/questions';
import type { EvidenceMode } from '../../quiz/evidence';
import { scoreAnswer, validateAnswer, validateCitation, type Verdict } from '../../quiz/scoring';
import { summarize, type Summary } from '../../quiz/summary';
import type { AttemptRow, AttemptStore } from '../db/attempt-store';
import { splitArticle, type Sentence } from '../../content/sentences';
import { ATTEMPT_KEY_PATTERN, PUBLIC_ID_PATTERN } from '../db/ids';
import { refuse, type Refusal } from '../../contract/refusal';

export const AnswerRequest = z.object({
	questionId: z.string({ error: 'Say which question you are answering (questionId).' }).max(16),
	answer: z.unknown(),
	/** Sentence ids; checked against the article in validateCitation. */
	cited: z.unknown().optional()
});

/** Why an answer is refused; a 409 carries the verdict already on record. */
export type AnswerRefusal = Refusal & { verdict?: Verdict };

export interface AttemptState {
	attempt: AttemptRow;
	verdicts: Verdict[];
	summary: Summary;
}

/**
 * The quiz of one version of one pack. `version` is the pack's content hash (pack-store.ts); an
 * attempt belongs to this quiz only if it was started on that version.
 */
export function createQuizService(
	store: AttemptStore,
	pack: ArticlePack,
	version: string | null = null
) {
	const questions = generateQuestions(pack);
	const byId = new Map<string, Question>(questions.map((q) => [q.id, q]));
	const publicQuestions = questions.map(toPublicQuestion);
	const paragraphs = splitArticle(pack.text);
	const sentences: ReadonlyMap<string, Sentence> = new Map(
		paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s] as const))
	);
	const sentenceOrder: ReadonlyMap<string, number> = new Map(
		[...sentences.keys()].map((id, i) => [id, i])
	);

	// Many students give the same answers: score each distinct one once (the cache stays small).
	const verdictCache = new Map<string, Verdict>();
	const verdictFor = (
		questionId: string,
		given: string | number,
		cited: readonly string[] = [],
		mode: EvidenceMode = 'bonus'
	): Verdict | undefined => {
		const question = byId.get(questionId);
		if (!question) return undefined;
		const key = `${questionId}\u0000${mode}\u0000${typeof given}:${given}\u0000${cited.join(' ')}`;
		let verdict = verdictCache.get(key);
		if (!verdict) {
			verdict = scoreAnswer(question, given, cited, mode);
			if (verdictCache.size < 10_000) verdictCache.set(key, verdict);
		}
		return verdict;
	};

	const verdictsOf = async (attempt: AttemptRow): Promise<Verdict[]> =>
		(await store.answers(attempt.key)).flatMap(
			(a) => verdictFor(a.questionId, a.given, a.cited, attempt.evidenceMode) ?? []
		);

	const findAttempt = async (key: string): Promise<AttemptRow | undefined> =>
		ATTEMPT_KEY_PATTERN.test(key) ? store.get(key) : undefined;

	const noAttempt = refuse(404, 'This quiz attempt was not found. Start the quiz again.');

	const isOurs = (attempt: AttemptRow | undefined): attempt is AttemptRow =>
		attempt !== undefined && attempt.packId === pack.id && attempt.packVersion === version;

	const stateOf = async (attempt: AttemptRow | undefined): Promise<AttemptState | undefined> => {
		if (!isOurs(attempt)) return undefined;
		const verdicts = await verdictsOf(attempt);
		return { attempt, verdicts, summary: summarize(questions, verdicts, attempt.evidenceMode) };
	};

	return {
		pack,
		version,
		questions,
		publicQuestions,
		paragraphs,
		sentences,
		sentenceOrder,
		verdictFor,

		/** Starts an attempt; a challenge is kept only if it names a finished attempt. */
		async start(challenge?: string | null): Promise<AttemptRow> {
			const rival = challenge ? await this.shared(challenge) : undefined;
			return store.create(
				{ id: pack.id, version },
				questions.length,
				rival?.attempt.finishedAt ? challenge! : null,
				'bonus'
			);
		},

		/**
		 * The author's own round on a preview of their draft: marked, so it does not keep the
		 * preview's version once a newer one is stored (pack-store.ts).
		 */
		startPreview(): Promise<AttemptRow> {
			return store.create({ id: pack.id, version, preview: true }, questions.length);
		},

		/** A class seat's attempt: this quiz, with the class's way of asking for evidence. */
		startSeat(evidenceMode: EvidenceMode): Promise<AttemptRow> {
			return store.create({ id: pack.id, version }, questions.length, null, evidenceMode);
		},

		async state(key: string): Promise<AttemptState | undefined> {
			return stateOf(await findAttempt(key));
		},

		/** An attempt's row alone (cheap: no answers read or scored). */
		async attempt(key: string): Promise<AttemptRow | undefined> {
			const attempt = await findAttempt(key);
			return isOurs(attempt) ? attempt : undefined;
		},

		/** Whether a public id still names an attempt (cheap: no answers read). */
		async isPublic(publicId: string): Promise<boolean> {
			return PUBLIC_ID_PATTERN.test(publicId) && store.hasPublicId(publicId);
		},

		/** An attempt by its public id: what a share link may show. */
		async shared(publicId: string): Promise<AttemptState | undefined> {
			return PUBLIC_ID_PATTERN.test(publicId)
				? stateOf(await store.getByPublicId(publicId))
				: undefined;
		},

		/**
		 * Scores and records an answer; `recorded` is false when it was already on record (a retry).
		 * A caller that has just read the attempt's row passes it, so it is not read again.
		 */
		async answer(
			key: string,
			body: unknown,
			known?: AttemptRow
		): Promise<{ ok: true; verdict: Verdict; recorded: boolean } | AnswerRefusal> {
			const request = AnswerRequest.safeParse(body);
			if (!request.success) {
				return refuse(
					400,
					z.flattenError(request.error).formErrors[0] ?? firstIssue(request.error)
				);
			}
			const question = byId.get(request.data.questionId);
			if (!question) {
				return refuse(400, `There is no question "${request.data.questionId}" in this quiz.`);
			}
			const check = validateAnswer(question, request.data.answer);
			if (!check.ok) return refuse(400, check.message);
			const citation = validateCitation(request.data.cited, sentenceOrder);
			if (!citation.ok) return refuse(400, citation.message);
			const attempt = known?.key === key ? known : await findAttempt(key);
			if (!isOurs(attempt)) return noAttempt;
			const mode = attempt.evidenceMode;

			const verdict = scoreAnswer(question, check.answer, citation.cited, mode);
			const result = await store.record(key, question.id, {
				given: check.answer,
				cited: verdict.cited,
				correct: verdict.correct,
				points: verdict.points,
				evidencePoints: verdict.evidencePoints
			});
			if (result.status === 'no-attempt') return noAttempt;
			const onRecord = () => scoreAnswer(question, result.answer.given, result.answer.cited, mode);
			if (result.status === 'conflict') {
				const answered = 'This question was already answered; answers cannot be changed.';
				return { ...refuse(409, answered), verdict: onRecord() };
			}
			// On a retry the stored answer wins, so the verdict is always the one on record.
			return result.status === 'recorded'
				? { ok: true, verdict, recorded: true }
				: { ok: true, verdict: onRecord(), recorded: false };
		}
	};
}

function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	return issue
		? `${issue.path.join('.') || 'body'}: ${issue.message}`
		: 'The request was not understood.';
}

export type QuizService = ReturnType<typeof createQuizService>;
