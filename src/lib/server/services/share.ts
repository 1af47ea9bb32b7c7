// What a shared score link shows: the score the server stored, and answers only to a viewer who has
// finished the quiz too.
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { Sentence } from '../../content/sentences';
import { countLapses, type Lapses } from '../../quiz/lapse-counts';
import type { EvidenceScore, SkillScore } from '../../quiz/summary';
import { PUBLIC_ID_PATTERN } from '../db/ids';
import type { AttemptState, QuizService } from './quiz-service';
import type { ScoreLine } from '../../contract/play';

export const PublicId = z.string().regex(PUBLIC_ID_PATTERN);

export interface SharedQuestion {
	number: number;
	prompt: string;
	subject?: string;
	/** Whether the sharer got it right; null when they did not answer it. */
	correct: boolean | null;
	/** Only for a viewer who has finished: the right answer, their own result and the evidence. */
	reveal?: {
		answerLabel: string;
		viewerCorrect: boolean | null;
		explanation: string;
		evidence: Sentence[];
	};
}

export interface SharedResult {
	publicId: string;
	/** The pack it was played on: "Take the quiz" plays the same one. */
	packId: string;
	title: string;
	topic: string;
	finished: boolean;
	finishedAt: number | null;
	score: number;
	max: number;
	bySkill: SkillScore[];
	/** "Finding evidence", kept apart from the score; null when the round asked for none. */
	evidenceScore: EvidenceScore | null;
	/**
	 * What believed something false and what doubted something true: scored again from the answers
	 * on record, like the score, so a round shared before they were counted has them too.
	 */
	lapses: Lapses;
	questions: SharedQuestion[];
	/** The viewer's own finished attempt, for the side-by-side comparison. */
	viewer: ScoreLine | null;
}

const finishedState = (state: AttemptState | undefined) =>
	state?.attempt.finishedAt ? state : undefined;

/** A finished result never changes: its page data is kept, so a link shared widely costs little. */
const finishedCaches = new WeakMap<QuizService, Map<string, SharedResult>>();
const FINISHED_CACHE_LIMIT = 1000;

export async function loadSharedResult(
	quiz: QuizService,
	rawId: unknown,
	viewerKey?: string
): Promise<SharedResult | undefined> {
	const id = PublicId.safeParse(rawId);
	if (!id.success) return undefined;
	// Only a finished viewer's answers matter: the row says whether they finished, without scoring.
	const viewer =
		viewerKey && (await quiz.attempt(viewerKey))?.finishedAt
			? finishedState(await quiz.state(viewerKey))
			: undefined;
	let finishedResults = finishedCaches.get(quiz);
	if (!finishedResults) finishedCaches.set(quiz, (finishedResults = new Map()));
	const cached = !viewer ? finishedResults.get(id.data) : undefined;
	if (cached) {
		// Still there? The retention purge may have removed it since it was cached.
		if (await quiz.isPublic(id.data)) return { ...cached, viewer: null };
		finishedResults.delete(id.data);
		return undefined;
	}
	const shared = await quiz.shared(id.data);
	if (!shared) return undefined;
	// Someone opening their own link has finished, but comparing them with themselves says nothing.
	const rival = viewer && viewer.attempt.key !== shared.attempt.key ? viewer : undefined;
	const sharedVerdicts = new Map(shared.verdicts.map((v) => [v.questionId, v]));
	const viewerVerdicts = new Map(viewer?.verdicts.map((v) => [v.questionId, v]));

	const result: SharedResult = {
		publicId: shared.attempt.publicId,
		packId: quiz.pack.id,
		title: quiz.pack.title,
		topic: quiz.pack.topic,
		finished: shared.attempt.finishedAt !== null,
		finishedAt: shared.attempt.finishedAt,
		score: shared.summary.score,
		max: shared.summary.max,
		bySkill: shared.summary.bySkill,
		evidenceScore: shared.summary.evidence,
		lapses: countLapses(shared.verdicts),
		viewer: rival ? scoreLine(rival) : null,
		questions: quiz.questions.map((question, i) => {
			const verdict = sharedVerdicts.get(question.id);
			const mine = viewerVerdicts.get(question.id);
			return {
				number: i + 1,
				prompt: question.prompt,
				subject: question.subject,
				correct: verdict ? verdict.correct : null,
				...(viewer &&
					mine && {
						reveal: {
							answerLabel: mine.answerLabel,
							viewerCorrect: mine.correct,
							explanation: mine.explanation,
							evidence: mine.evidence.flatMap((sid) => quiz.sentences.get(sid) ?? [])
						}
					})
			};
		})
	};
	if (!viewer && result.finished) {
		if (finishedResults.size >= FINISHED_CACHE_LIMIT) {
			finishedResults.delete(finishedResults.keys().next().value!);
		}
		finishedResults.set(id.data, result);
	}
	return result;
}

/** The friend's score, for a player who arrived through a share link or started from one. */
export async function challengeScore(
	quiz: QuizService,
	rawId: unknown
): Promise<(ScoreLine & { publicId: string }) | null> {
	const id = PublicId.safeParse(rawId);
	const shared = id.success ? finishedState(await quiz.shared(id.data)) : undefined;
	return shared ? { publicId: shared.attempt.publicId, ...scoreLine(shared) } : null;
}

const scoreLine = ({ summary }: AttemptState): ScoreLine => ({
	score: summary.score,
	max: summary.max,
	evidenceScore: summary.evidence
});

/**
 * What the share page shows one viewer, and a key naming exactly that content: the hash of the page
 * data. Viewers who see the same data get the same key (so the rendered page can be kept and served
 * again), and a viewer who has not finished never shares a key with one who sees the answers.
 */
export async function sharedView(
	quiz: QuizService,
	rawId: unknown,
	viewerKey?: string
): Promise<SharedView | undefined> {
	// A finished result seen by a finished viewer never changes: kept while both still exist.
	const cacheKey = typeof rawId === 'string' && viewerKey ? `${rawId}\n${viewerKey}` : undefined;
	let views = viewCaches.get(quiz);
	if (!views) viewCaches.set(quiz, (views = new LRUCache({ max: VIEW_CACHE_LIMIT })));
	const cached = cacheKey ? views.get(cacheKey) : undefined;
	if (cached) {
		if (
			(await quiz.isPublic(cached.result.publicId)) &&
			(await quiz.attempt(viewerKey!))?.finishedAt
		) {
			return cached;
		}
		views.delete(cacheKey!);
	}
	const result = await loadSharedResult(quiz, rawId, viewerKey);
	if (!result) return undefined;
	const view = {
		result,
		key: createHash('sha256').update(JSON.stringify(result)).digest('base64url')
	};
	const viewerFinished = result.questions.some((q) => q.reveal);
	if (cacheKey && result.finished && viewerFinished) views.set(cacheKey, view);
	return view;
}

export interface SharedView {
	result: SharedResult;
	/** Names the page data exactly: equal keys, equal pages. */
	key: string;
}

const viewCaches = new WeakMap<QuizService, LRUCache<string, SharedView>>();
const VIEW_CACHE_LIMIT = 10_000;

/**
 * Where node-routes.ts leaves the result it keyed a share page by, on the node:http request, so the
 * page renders exactly that data and never something newer under an older key.
 */
export const SHARED_VIEW = Symbol.for('source-check.shared-view');
