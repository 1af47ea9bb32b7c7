// What both benchmarks' load generators share: a valid answer to send, and latency statistics.

/** Any valid answer will do: a random option (so some are right, some wrong) or a number of hours. */
export function someAnswer(question) {
	if (question.format === 'number') return Math.floor(Math.random() * 48);
	return question.options[Math.floor(Math.random() * question.options.length)].id;
}

/** One or two sentences of the article, as a player pointing at the proof cites them. */
export function someCitation(sentenceIds) {
	const first = sentenceIds[Math.floor(Math.random() * sentenceIds.length)];
	const second = sentenceIds[Math.floor(Math.random() * sentenceIds.length)];
	return Math.random() < 0.5 || first === second ? [first] : [first, second];
}

/** A question's answer request: an answer and a citation, as the play page sends them. */
export const answerBody = (question) => ({
	questionId: question.id,
	answer: someAnswer(question),
	cited: someCitation(question.sentenceIds)
});

/** The public questions in a page's data, each with the article's sentence ids to cite from. */
export function questionsFromData(data) {
	const questions = data.find((d) => Array.isArray(d?.questions))?.questions;
	if (!questions?.length) throw new Error('No questions found in /__data.json.');
	const paragraphs = data.find((d) => Array.isArray(d?.paragraphs))?.paragraphs ?? [];
	const sentenceIds = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
	if (!sentenceIds.length) throw new Error('No article sentences found in /__data.json.');
	return questions.map((q) => ({ ...q, sentenceIds }));
}

export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (n) => Math.round(n * 100) / 100;

export function latencySummary(latencies) {
	const sorted = Float64Array.from(latencies).sort();
	return {
		count: sorted.length,
		p50: round(percentile(sorted, 50)),
		p90: round(percentile(sorted, 90)),
		p99: round(percentile(sorted, 99)),
		max: round(sorted.at(-1) ?? NaN),
		mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length)
	};
}
