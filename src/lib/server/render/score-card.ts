// Renders the 1200×630 PNG link-preview card for a shared score: every string shortened for the card,
// laid out here, drawn by satori and resvg in a worker with bounded time and memory (card-drawer.ts)
// with a font that ships with the app. No network, no browser.
import { LRUCache } from 'lru-cache';
import { evidenceLine } from '../../quiz/share-text';
import type { SkillScore } from '../../quiz/summary';
import { createCardDrawer, type CardDrawer, type CardNode } from './card-drawer';

export { CardUnavailable } from './card-drawer';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface ScoreCardInput {
	topic: string;
	score: number;
	max: number;
	finished: boolean;
	bySkill: SkillScore[];
	/** Drawn beside the score, apart from it; none when the round asked for no evidence. */
	evidence?: { score: number; max: number } | null;
}

/** How many cards have been drawn (each costs about 50 ms of CPU): for tests and benchmarks. */
export const cardRenders = { count: 0 };

/**
 * How many characters of each string the card draws, whatever the pack's own caps: the time and
 * memory of a card's layout grow with its text (a 200,000-character topic ran the process out of
 * memory). Two lines of the topic; a skill's name as the app gives it.
 */
export const CARD_CHARS = { topic: 60, skill: 24, score: 24 } as const;
/** At most one chip per skill the app has (quiz/skills.ts): five. */
const MAX_SKILLS = 5;

/**
 * The first `max` characters of a text, with an ellipsis when it went on; whitespace runs drawn as
 * one space. Counts code points, so no emoji is cut in half, and stops reading once past the cap.
 */
export function shortenForCard(text: string, max: number): string {
	let kept = '';
	let count = 0;
	let space = false;
	for (const char of text) {
		if (/\s/u.test(char)) {
			space = count > 0;
			continue;
		}
		if (space) {
			if (count === max) return `${kept}…`;
			kept += ' ';
			count++;
			space = false;
		}
		if (count === max) return `${kept.trimEnd()}…`;
		kept += char;
		count++;
	}
	return kept;
}

const el = (
	type: string,
	style: Record<string, unknown>,
	children?: string | CardNode | CardNode[]
): CardNode => ({ type, props: { style, children } });

function layout(card: ScoreCardInput | null): CardNode {
	const headline = shortenForCard(
		card?.finished ? `${card.score} / ${card.max}` : 'Source Check',
		CARD_CHARS.score
	);
	const evidenceWords = card?.finished ? evidenceLine(card.evidence) : null;
	const evidence = evidenceWords && shortenForCard(evidenceWords, CARD_CHARS.score);
	return el(
		'div',
		{
			// satori sizes boxes without their padding: take it off here so the card is exactly full.
			width: CARD_WIDTH - 2 * 64,
			height: CARD_HEIGHT - 2 * 48,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '48px 64px',
			background: '#1d4e89',
			color: '#ffffff',
			fontFamily: 'Noto Sans'
		},
		[
			el('div', { display: 'flex', fontSize: 36, fontWeight: 700 }, card ? 'Source Check' : ''),
			el('div', { display: 'flex', flexDirection: 'column' }, [
				el('div', { display: 'flex', alignItems: 'flex-end', gap: 48 }, [
					el('div', { display: 'flex', fontSize: 120, fontWeight: 700, lineHeight: 1.1 }, headline),
					...(evidence
						? [
								el(
									'div',
									{ display: 'flex', fontSize: 56, lineHeight: 1.1, marginBottom: 14 },
									evidence
								)
							]
						: [])
				]),
				el(
					// A long word breaks rather than running off the card.
					'div',
					{ display: 'flex', fontSize: 36, marginTop: 12, wordBreak: 'break-word' },
					card?.finished
						? `checking who said what about ${shortenForCard(card.topic, CARD_CHARS.topic)}`
						: 'A fact-checking quiz: who said what in the news'
				)
			]),
			el(
				'div',
				{ display: 'flex', gap: 20, fontSize: 24 },
				(card?.finished ? card.bySkill.slice(0, MAX_SKILLS) : []).map((skill) =>
					el(
						'div',
						{
							display: 'flex',
							padding: '10px 16px',
							borderRadius: 12,
							background: 'rgba(255,255,255,0.16)'
						},
						`${shortenForCard(skill.label, CARD_CHARS.skill)} ${skill.score}/${skill.max}`
					)
				)
			)
		]
	);
}

/** The app's one card drawer: its worker starts with the first card, not at start-up. */
let drawer: CardDrawer | undefined;

/**
 * The card of a finished score, or (null, or not finished) the one neutral "Source Check" card that
 * every unfinished attempt shares: an attempt in progress changes with each answer, and drawing a
 * card for each would let anyone keep the CPU busy by creating attempts. Rejects with a
 * CardUnavailable when the card cannot be drawn now.
 */
export async function renderScoreCard(card: ScoreCardInput | null): Promise<Buffer> {
	cardRenders.count++;
	if (card && !card.finished) card = null;
	drawer ??= createCardDrawer();
	return drawer.draw(layout(card), CARD_WIDTH, CARD_HEIGHT);
}

/**
 * Rendered cards, bounded by their bytes (least recently used dropped first): a finished score never
 * changes, so its card never does. A card being drawn is shared, so concurrent requests for one
 * card draw it once; a failed render is forgotten so it can be tried again.
 */
export function createCardCache(maxBytes = 16 * 1024 * 1024) {
	const cards = new LRUCache<string, Buffer>({
		maxSize: maxBytes,
		sizeCalculation: (b) => b.length || 1
	});
	const drawing = new Map<string, Promise<Buffer>>();
	return (key: string, render: () => Promise<Buffer>): Promise<Buffer> => {
		const hit = cards.get(key);
		if (hit) return Promise.resolve(hit);
		const pending = drawing.get(key);
		if (pending) return pending;
		const rendered = render().then(
			(png) => {
				drawing.delete(key);
				if (png.length <= maxBytes) cards.set(key, png);
				return png;
			},
			(error: unknown) => {
				drawing.delete(key);
				throw error;
			}
		);
		drawing.set(key, rendered);
		return rendered;
	};
}
