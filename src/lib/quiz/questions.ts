// Generates the quiz from an article pack: every question, its right answer and its evidence.
import {
	RESERVED_IDS,
	rulingCandidates,
	waitLength,
	type ArticlePack,
	type ClaimLabel,
	type Source,
	type WaitUnit
} from '../content/schema';

import { SKILLS, type Skill } from './skills';

export { SKILLS, type Skill };

export type QuestionKind = 'reference' | 'who-said' | 'ruling' | 'timeline' | 'claim';

export interface Option {
	id: string;
	label: string;
	/** Choosing it says the article has nothing on this: there is no sentence to cite. */
	absent?: true;
}

interface QuestionBase {
	/** Opaque ("q07"): an id must not reveal the answer, e.g. that a line is a decoy. */
	id: string;
	kind: QuestionKind;
	skill: Skill;
	prompt: string;
	/** The line, claim or phrase under scrutiny, shown apart from the prompt. */
	subject?: string;
	/** Alternative complete sets of sentence ids that settle it; empty when it is not in the article. */
	evidence: string[][];
	/** Sentences worth showing beside the verdict even though they are not evidence. */
	related: string[];
	explanation: string;
	discuss?: string;
}

export interface ChoiceQuestion extends QuestionBase {
	format: 'choice';
	options: Option[];
	answer: string;
}

export interface NumberQuestion extends QuestionBase {
	format: 'number';
	unit: WaitUnit;
	/** Inclusive range of answers that count as right. */
	accepted: { min: number; max: number };
	answer: number;
}

export type Question = ChoiceQuestion | NumberQuestion;

/** What the browser is given: no answer, no evidence, no explanation. */
export type PublicQuestion =
	| Pick<ChoiceQuestion, 'id' | 'kind' | 'skill' | 'prompt' | 'subject' | 'format' | 'options'>
	| (Pick<NumberQuestion, 'id' | 'kind' | 'skill' | 'prompt' | 'subject' | 'format' | 'unit'> & {
			max: number;
	  });

export const NOT_IN_ARTICLE: Option = {
	id: RESERVED_IDS.notInArticle,
	label: 'Not in the article',
	absent: true
};
const NOT_SAID: Option = {
	id: RESERVED_IDS.notSaid,
	label: "The article doesn't say",
	absent: true
};
/** Offered as the writer when a pack does not name its writer as a source. */
const WRITER: Source = {
	id: RESERVED_IDS.writer,
	label: "The article's writer",
	kind: 'writer',
	epithets: []
};

/** A pack needs at least this many questions to be published: fewer is not a quiz. */
export const MIN_QUESTIONS = 5;

const CLAIM_OPTIONS: Record<ClaimLabel, string> = {
	supported: 'Supported',
	refuted: 'Refuted',
	'not-in-article': 'Not in the article'
};

/** The largest number (of hours or days) a timeline answer may be; anything above is refused as input. */
export const MAX_HOURS = 10_000;

type Draft = Omit<ChoiceQuestion, 'id'> | Omit<NumberQuestion, 'id'>;

function referenceQuestions(pack: ArticlePack): Draft[] {
	// People, and bodies too when the article refers to one by another name ("the committee").
	const withBodies = pack.sources.some((s) => s.kind === 'body' && s.epithets.length > 0);
	const referents = pack.sources.filter(
		(s) => s.kind === 'person' || (withBodies && s.kind === 'body')
	);
	const options = [...referents.map(sourceOption), NOT_SAID];
	return referents.flatMap((referent) =>
		referent.epithets.map((epithet): Draft => ({
			kind: 'reference',
			skill: 'references',
			format: 'choice',
			prompt: 'Who does the article mean by this?',
			subject: epithet.text,
			options,
			answer: referent.id,
			evidence: epithet.evidence,
			related: [],
			explanation: epithet.explanation,
			discuss: epithet.discuss
		}))
	);
}

function sourceOption(source: Source): Option {
	return { id: source.id, label: source.label };
}

/** Who a line could belong to: the people and bodies in pack order, the writer, then "Not in the article". */
function whoSaidOptions(pack: ArticlePack): Option[] {
	const speakers = pack.sources.filter((s) => s.kind !== 'writer');
	const writer = pack.sources.find((s) => s.kind === 'writer') ?? WRITER;
	return [...speakers, writer].map(sourceOption).concat(NOT_IN_ARTICLE);
}

function whoSaidQuestions(pack: ArticlePack): Draft[] {
	const options = whoSaidOptions(pack);
	const base = {
		kind: 'who-said',
		skill: 'attribution',
		format: 'choice',
		prompt: 'Who said this, according to the article?',
		options
	} as const;
	const lines: Draft[] = pack.statements.map((statement) => ({
		...base,
		subject: statement.content,
		answer: statement.source,
		evidence: [statement.sentences],
		related: [],
		explanation: statement.explanation,
		discuss: statement.discuss
	}));
	// A doctored quote (a real line changed) tests its own skill: reading the words, not only the name.
	const decoys: Draft[] = pack.decoys.map((decoy) => ({
		...base,
		...(decoy.original !== undefined && { skill: 'doctored' }),
		subject: decoy.content,
		answer: NOT_IN_ARTICLE.id,
		evidence: [],
		related: decoy.related,
		explanation: decoy.explanation,
		discuss: decoy.discuss
	}));
	return seededShuffle([...lines, ...decoys], `${pack.id}:who-said`);
}

/** A name as it reads inside a sentence: "the race stewards", but "Priya Natarajan". */
function inSentence(source: Source): string {
	return source.kind === 'body' ? source.label.replace(/^The\b/, 'the') : source.label;
}

function rulingQuestions(pack: ArticlePack): Draft[] {
	return pack.rulings.map((ruling) => {
		const body = pack.sources.find((s) => s.id === ruling.body)!;
		const candidates = rulingCandidates(pack, ruling).map((id) =>
			pack.sources.find((s) => s.id === id)!
		);
		const everyone =
			candidates.length > 1
				? [
						{
							id: RESERVED_IDS.everyone,
							label:
								ruling.everyone ??
								(candidates.length === 2 ? 'Yes, both of them' : 'Yes, all of them')
						}
					]
				: [];
		const options: Option[] = [
			{ id: RESERVED_IDS.nobody, label: ruling.nobody ?? 'No, nobody was penalised' },
			...candidates.map((c) => ({ id: c.id, label: `Yes, ${inSentence(c)}` })),
			...everyone,
			NOT_SAID
		];
		const answer =
			ruling.penalised.length === 0
				? RESERVED_IDS.nobody
				: ruling.penalised.length === 1
					? ruling.penalised[0]!
					: RESERVED_IDS.everyone;
		return {
			kind: 'ruling',
			skill: 'rulings',
			format: 'choice',
			prompt: ruling.question ?? `Did ${inSentence(body)} penalise anyone?`,
			options,
			answer,
			evidence: ruling.evidence,
			related: [],
			explanation: ruling.explanation,
			discuss: ruling.discuss
		} satisfies Draft;
	});
}

function timelineQuestions(pack: ArticlePack): Draft[] {
	return pack.timeline.waits.map((wait) => ({
		kind: 'timeline',
		skill: 'timeline',
		format: 'number',
		unit: waitLength(wait).unit,
		prompt: wait.question,
		accepted: wait.accepted,
		answer: waitLength(wait).amount,
		evidence: wait.evidence,
		related: pack.timeline.events
			.filter((e) => e.id === wait.from || e.id === wait.to)
			.map((e) => e.sentence),
		explanation: wait.explanation,
		discuss: wait.discuss
	}));
}

function claimQuestions(pack: ArticlePack): Draft[] {
	const options = Object.entries(CLAIM_OPTIONS).map(([id, label]) =>
		id === NOT_IN_ARTICLE.id ? NOT_IN_ARTICLE : { id, label }
	);
	const claims: Draft[] = pack.claims.map((claim) => ({
		kind: 'claim',
		skill: 'claims',
		format: 'choice',
		prompt: 'Is this claim supported by the article, refuted by it, or not in it?',
		subject: claim.claim,
		options,
		answer: claim.label,
		evidence: claim.evidence,
		related: claim.related,
		explanation: claim.explanation,
		discuss: claim.discuss
	}));
	return seededShuffle(claims, `${pack.id}:claims`);
}

/** The quiz for a pack, in play order, with stable opaque ids. Pure: the same pack gives the same quiz. */
export function generateQuestions(pack: ArticlePack): Question[] {
	return [
		...referenceQuestions(pack),
		...whoSaidQuestions(pack),
		...rulingQuestions(pack),
		...timelineQuestions(pack),
		...claimQuestions(pack)
	].map((draft, i) => ({ ...draft, id: `q${String(i + 1).padStart(2, '0')}` }) as Question);
}

export type PublishCheck =
	{ ok: true; questions: number } | { ok: false; questions: number; message: string };

/** Whether a pack makes a quiz worth publishing: at least MIN_QUESTIONS questions. */
export function checkPublishable(pack: ArticlePack): PublishCheck {
	const questions = generateQuestions(pack).length;
	return questions >= MIN_QUESTIONS
		? { ok: true, questions }
		: {
				ok: false,
				questions,
				message: `This pack makes ${questions} ${questions === 1 ? 'question' : 'questions'}; a quiz needs at least ${MIN_QUESTIONS}. Add statements, made-up lines, claims, epithets, a ruling or a wait.`
			};
}

export function toPublicQuestion(question: Question): PublicQuestion {
	const { id, kind, skill, prompt, subject } = question;
	return question.format === 'choice'
		? { id, kind, skill, prompt, subject, format: 'choice', options: question.options }
		: { id, kind, skill, prompt, subject, format: 'number', unit: question.unit, max: MAX_HOURS };
}

/** A deterministic shuffle, so decoys are spread among real lines the same way every time. */
function seededShuffle<T>(items: T[], seed: string): T[] {
	let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
	const random = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
