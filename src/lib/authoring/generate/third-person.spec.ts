import { describe, expect, it } from 'vitest';
import { toThirdPerson } from './third-person';

describe('a first-person clause told in the third person', () => {
	it.each([
		['We have been patient for two years', 'f', 'they have been patient for two years'],
		["I don't think anyone wants that", 'm', "he doesn't think anyone wants that"],
		['I think my daughter deserves better', 'f', 'she thinks her daughter deserves better'],
		['I really hope our council listens', 'm', 'he really hopes their council listens'],
		['I am proud of my crew', 'f', 'she is proud of her crew'],
		['I missed my bus', 'm', 'he missed his bus'],
		["I'm not going anywhere", 'f', "she's not going anywhere"],
		['I watch the boats', 'm', 'he watches the boats'],
		['I carry the nets', 'f', 'she carries the nets'],
		// PolNeAR train (fourteenth session): "she kinds of got into a panic" — "kind of" is no verb.
		['I kind of got into a panic', 'f', 'she kind of got into a panic'],
		['I sort of knew it', 'm', 'he sort of knew it'],
		// Nothing in the first person: the clause as it is.
		['The pier is not safe', 'm', 'The pier is not safe'],
		// "we" needs no gender; "I" does.
		['We cannot wait', null, 'they cannot wait'],
		['I cannot wait', null, null],
		// "he's talking about breaking up their alliances": whose "their" would be his (PolNeAR train).
		["He's talking about breaking up our alliances", 'f', null],
		['She backed our plan', 'm', null],
		// Addressed to someone: whose "you" it is cannot be told.
		['You know what we want', 'f', null]
	] as const)('%s (%s) → %s', (clause, gender, told) => {
		expect(toThirdPerson(clause, gender)).toBe(told);
	});
});
