// Renders the 1200×630 PNG link-preview card for a shared score: satori lays out the text with a font
// that ships with the app, resvg turns the SVG into a PNG. No network, no browser.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import satori from 'satori';
import { evidenceLine } from '../../quiz/share-text';
import type { SkillScore } from '../../quiz/summary';

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

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Loaded on the first card, not at start-up: most requests never need a font. */
function loadFonts() {
	fonts ??= ([400, 700] as const).map((weight) => ({
		name: 'Noto Sans',
		data: readFileSync(
			require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)
		),
		weight,
		style: 'normal' as const
	}));
	return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children }
});

function layout(card: ScoreCardInput | null): Node {
	const headline = card?.finished ? `${card.score} / ${card.max}` : 'Source Check';
	const evidence = card?.finished ? evidenceLine(card.evidence) : null;
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
					'div',
					{ display: 'flex', fontSize: 36, marginTop: 12 },
					card?.finished
						? `checking who said what about ${card.topic}`
						: 'A fact-checking quiz: who said what in the news'
				)
			]),
			el(
				'div',
				{ display: 'flex', gap: 20, fontSize: 24 },
				(card?.finished ? card.bySkill : []).map((skill) =>
					el(
						'div',
						{
							display: 'flex',
							padding: '10px 16px',
							borderRadius: 12,
							background: 'rgba(255,255,255,0.16)'
						},
						`${skill.label} ${skill.score}/${skill.max}`
					)
				)
			)
		]
	);
}

/**
 * The card of a finished score, or (null, or not finished) the one neutral "Source Check" card that
 * every unfinished attempt shares: an attempt in progress changes with each answer, and drawing a
 * card for each would let anyone keep the CPU busy by creating attempts.
 */
export async function renderScoreCard(card: ScoreCardInput | null): Promise<Buffer> {
	cardRenders.count++;
	if (card && !card.finished) card = null;
	// satori takes React-shaped elements; plain objects do, so no React is needed.
	const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadFonts()
	});
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_WIDTH },
		font: { loadSystemFonts: false }
	})
		.render()
		.asPng();
	return Buffer.from(png);
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
