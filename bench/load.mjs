// What both benchmarks' load generators share: a valid answer to send, and latency statistics.

/** Any valid answer will do: a random option (so some are right, some wrong) or a number of hours. */
export function someAnswer(question) {
	if (question.format === 'number') return Math.floor(Math.random() * 48);
	return question.options[Math.floor(Math.random() * question.options.length)].id;
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
