// Transcripts and speech excerpts: paragraphs that open with a speaker's heading in capitals
// ("BROOKS: …", "MAYA BROOKS: …", "Q: …") and no speech verb; each such turn is a quote of its speaker.
import type { Block } from '../text';

/** A turn's heading: "Q", "A", or a name in capitals of one to four words, then a colon. */
const HEADING = /^(Q|A|\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]*){0,3}):[ \t]+(?=\S)/u;

/** Words in capitals that open a line without being anyone's turn ("UPDATE:", "EDITOR'S NOTE:"). */
const NOT_SPEAKERS = new Set(
	`BREAKING UPDATE UPDATED CORRECTION CLARIFICATION EMAIL E-MAIL NOTE EDITOR'S EDITOR’S WATCH READ
	MORE RELATED PHOTO PHOTOS VIDEO SOURCE SOURCES WARNING ALERT EXCLUSIVE ANALYSIS OPINION LIVE
	FACT CHECK CREDIT PICTURED TRANSCRIPT SUBSCRIBE SEE ALSO TOPICS TAGS FILE DISCLAIMER`.split(/\s+/u)
);

/** Fewest turns, and speakers, that make a transcript rather than a stray label or two. */
const MIN_TURNS = 3;
const MIN_SPEAKERS = 2;

/** A turn: its heading as written, and where its words start in the paragraph. */
export interface Turn {
	heading: string;
	start: number;
}

/** The paragraphs that are turns of a transcript, by index; none when the article has no transcript. */
export function transcriptTurns(paragraphs: Block[]): Map<number, Turn> {
	const turns = new Map<number, Turn>();
	for (const block of paragraphs) {
		const m = HEADING.exec(block.text);
		if (!m) continue;
		const heading = m[1]!;
		if (heading.split(/\s+/u).some((w) => NOT_SPEAKERS.has(w))) continue;
		turns.set(block.index, { heading, start: m[0].length });
	}
	const speakers = new Set([...turns.values()].map((t) => t.heading));
	return turns.size >= MIN_TURNS && speakers.size >= MIN_SPEAKERS ? turns : new Map();
}
