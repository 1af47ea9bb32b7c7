// What the play page's loader gives the page (/ and /p/<pack>): types only, SvelteKit carries it.
import type { Paragraph } from '../content/sentences';
import type { PublicQuestion } from '../quiz/questions';
import type { EvidenceScore } from '../quiz/summary';
import type { Verdict } from '../quiz/verdict';

/** A finished round's score, as a share link and a friend's challenge show it. */
export interface ScoreLine {
	score: number;
	max: number;
	/** The evidence score, apart from the answer score; null when the round asked for none. */
	evidenceScore: EvidenceScore | null;
}

export interface PlayPageData {
	pack: string;
	title: string;
	topic: string;
	paragraphs: Paragraph[];
	questions: PublicQuestion[];
	/** This browser's round on this article, to resume; null for none. */
	resume: { attemptKey: string; publicId: string; verdicts: Verdict[] } | null;
	/** The friend's finished round this one is played against. */
	challenge: (ScoreLine & { publicId: string }) | null;
	/** The built-in articles a player may choose between (user packs are reachable by link only). */
	articles: { id: string; title: string; isDefault: boolean; current: boolean }[];
}
