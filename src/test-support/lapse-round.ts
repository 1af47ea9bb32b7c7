// A round of the built-in quiz answered wrong in known ways, for the specs that count what believed
// something false and what doubted something true (issue 21): answers chosen by their visible
// labels, each one's kind and the totals worked out by hand from the article, never by the app.
import type { Question } from '../lib/quiz/questions';

export type Kind = 'believed false' | 'doubted true' | 'right' | 'neither';

/** [line, claim or prompt on screen, the label answered, what that answer is, by hand]. */
export const LAPSE_ROUND: [string, string, Kind][] = [
	// A made-up line given to Russell.
	['It was entirely my fault and I apologise to Valtteri.', 'George Russell', 'believed false'],
	// Russell's real line said to be made up.
	['it all looks very, very different', 'Not in the article', 'doubted true'],
	// Russell's real line given to Bottas.
	[
		'I was more frustrated because of the speed of the incident',
		'Valtteri Bottas',
		'believed false'
	],
	['Were you trying to kill us both?', 'Not in the article', 'right'],
	// A supported claim taken as refuted.
	["Russell's view of the crash softened after he watched replays.", 'Refuted', 'doubted true'],
	// A refuted claim taken as supported.
	['The stewards penalised Bottas for the crash.', 'Supported', 'believed false'],
	// A claim the article never makes taken as supported.
	["Bottas accepted Russell's apology.", 'Supported', 'believed false'],
	// A refuted claim taken as not in the article: wrong, but it believes nothing false.
	['Russell said he was wrong to go for the overtake.', 'Not in the article', 'neither'],
	// A claim the article never makes taken as refuted: wrong, and it doubts nothing true.
	['Bottas apologised to Russell.', 'Refuted', 'neither'],
	// A supported claim taken as not in the article.
	['Russell admitted that he caused the crash.', 'Not in the article', 'doubted true'],
	// The wrong person for an epithet.
	['the Briton', 'Valtteri Bottas', 'neither'],
	// Somebody penalised where nobody was.
	['Did the race stewards penalise anyone for the crash?', 'Yes, Valtteri Bottas', 'neither']
];

/** LAPSE_ROUND's totals, counted by hand from its last column. */
export const LAPSE_ROUND_TOTALS = { believedFalse: 4, doubtedTrue: 3 };

/** The question showing this line or claim (or this prompt, for the ruling and the wait). */
export function questionShowing(questions: readonly Question[], text: string): Question {
	const found = questions.filter((q) => q.subject === text || (!q.subject && q.prompt === text));
	if (found.length !== 1) throw new Error(`${found.length} questions show "${text}"`);
	return found[0]!;
}

/** The option of this visible label. */
export function optionLabelled(q: Question, label: string): string {
	if (q.format !== 'choice') throw new Error(`"${q.subject ?? q.prompt}" takes a number`);
	const found = q.options.find((o) => o.label === label);
	if (!found) throw new Error(`"${q.subject ?? q.prompt}" has no option "${label}"`);
	return found.id;
}

/** LAPSE_ROUND as answers to send: the question and the option id of each row. */
export function lapseRoundAnswers(
	questions: readonly Question[]
): { question: Question; given: string; kind: Kind }[] {
	return LAPSE_ROUND.map(([text, label, kind]) => {
		const question = questionShowing(questions, text);
		return { question, given: optionLabelled(question, label), kind };
	});
}
