import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import council from '../content/packs/council-cycle-lane.txt?raw';
import { councilCycleLane } from '../content/packs/council-cycle-lane';
import { russellBottasImola } from '../content/packs/russell-bottas-imola';
import { normaliseWords } from '../content/schema';
import { splitArticle } from '../content/sentences';
import { suggest, type Suggestions } from './suggest';

const russell = russellBottasImola.text;

/** The suggested statements of a form, each with its source's label. */
function statements(result: Suggestions, form: 'direct' | 'reported' | 'writer') {
	const labels = new Map(result.sources.map((s) => [s.id, s.label]));
	return result.statements
		.filter((s) => s.form === form)
		.map((s) => ({ ...s, label: s.source ? labels.get(s.source) : undefined }));
}

/** The suggestion whose quoted words contain these. */
function quoteWith(result: Suggestions, words: string) {
	return statements(result, 'direct').find((s) =>
		normaliseWords(s.content).includes(normaliseWords(words))
	);
}

/** What the pack schema checks of a statement, and what the endpoint promises of ids. */
function expectWellFormed(text: string, result: Suggestions) {
	const sentences = new Map(
		splitArticle(text).flatMap((p) => p.sentences.map((s) => [s.id, s.text]))
	);
	expect(result.sentences.map((s) => s.id)).toEqual([...sentences.keys()]);
	const ids = result.sources.map((s) => s.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const source of result.sources) {
		expect(source.id).toMatch(/^[a-z][a-z0-9-]*$/);
		for (const epithet of source.epithets)
			expect(normaliseWords(text)).toContain(normaliseWords(epithet));
	}
	for (const statement of result.statements) {
		expect(statement.sentences.length).toBeGreaterThan(0);
		const quoted = normaliseWords(statement.sentences.map((id) => sentences.get(id)).join(' '));
		expect(quoted).toContain(normaliseWords(statement.content));
		if (statement.source !== null) expect(ids).toContain(statement.source);
		if (statement.cue !== null)
			expect(normaliseWords(text)).toContain(normaliseWords(statement.cue));
	}
}

describe('suggest on the Russell–Bottas article', () => {
	const result = suggest(russell);

	it('finds every direct statement of the hand-written pack, with its speaker and sentences', () => {
		for (const statement of russellBottasImola.statements.filter((s) => s.form === 'direct')) {
			const found = quoteWith(result, statement.content);
			expect(found, statement.id).toBeDefined();
			expect(found!.source, statement.id).toBe(statement.source);
			expect(found!.sentences, statement.id).toEqual(expect.arrayContaining(statement.sentences));
		}
	});

	it('quotes nobody but Russell: Bottas is only spoken about', () => {
		expect(new Set(statements(result, 'direct').map((s) => s.source))).toEqual(
			new Set(['russell'])
		);
		expect(result.sources.find((s) => s.id === 'bottas')).toMatchObject({
			label: 'Valtteri Bottas',
			kind: 'person'
		});
	});

	it('offers the epithets the text grounds: the Briton and the Finn (nationalities)', () => {
		// "The Williams driver" is read as Russell (its cue resolves to him, below), but nothing in
		// the text ties "driver" to him: an epithet only inferred is no question to ask. On a PolNeAR
		// train sample, about a third of the inferred ones named the wrong person.
		const epithets = (id: string) => result.sources.find((s) => s.id === id)?.epithets;
		expect(epithets('russell')).toEqual(['the Briton']);
		expect(epithets('bottas')).toEqual(['the Finn']);
	});

	it('resolves the cues: "said the Briton", "he admitted", "admitted the Williams driver"', () => {
		expect(quoteWith(result, 'it all looks very, very different')?.cue).toBe('said the Briton');
		expect(quoteWith(result, 'I was more frustrated')?.cue).toBe('he admitted');
		expect(quoteWith(result, 'Could it have been avoided?')?.cue).toBe(
			'admitted the Williams driver'
		);
		// The paragraph that opens a quote with no cue carries on the speaker before it.
		expect(quoteWith(result, 'CCTV footage')).toMatchObject({ source: 'russell', cue: null });
	});

	it('reports the reported speech, and the writer’s aside in brackets', () => {
		expect(statements(result, 'reported').map((s) => [s.source, s.cue, s.sentences])).toEqual([
			['russell', 'asked', ['p2s1']],
			['stewards', 'declared', ['p3s1']]
		]);
		expect(statements(result, 'reported')[1]!.content).toBe(
			'declared it a racing incident and therefore not warranting punishment'
		);
		expect(statements(result, 'writer')).toMatchObject([
			{ content: 'where else?', source: 'writer', sentences: ['p9s1'] }
		]);
	});

	it('gives what the pack schema accepts', () => {
		expectWellFormed(russell, result);
	});
});

describe('suggest on the council article', () => {
	const result = suggest(council);

	it('attributes Natarajan’s quotes through "said the committee chair" and "she added"', () => {
		expect(quoteWith(result, 'We have spent two years')).toMatchObject({
			source: 'natarajan',
			cue: 'said the committee chair',
			sentences: ['p3s2']
		});
		expect(quoteWith(result, 'Nobody is against safer roads')).toMatchObject({
			source: 'natarajan',
			cue: 'she added'
		});
		expect(quoteWith(result, 'Somebody pays for it')?.source).toBe('natarajan');
		expect(quoteWith(result, 'We got the consultation wrong')).toMatchObject({
			source: 'natarajan',
			cue: 'wrote the committee chair'
		});
	});

	it('attributes Reilly’s quote and the paragraph it runs on into', () => {
		expect(quoteWith(result, 'I ride a bike myself')).toMatchObject({
			source: 'reilly',
			cue: 'said Reilly'
		});
		expect(quoteWith(result, 'I want the lane')?.source).toBe('reilly');
		expect(quoteWith(result, 'I will be the first to sign it')).toMatchObject({
			source: 'reilly',
			cue: null,
			sentences: ['p8s1']
		});
	});

	it('never quotes the mayor: her office’s words are reported speech', () => {
		expect(statements(result, 'direct').some((s) => s.source === 'achterberg')).toBe(false);
		expect(quoteWith(result, 'respect whatever the committee decides')).toBeUndefined();
		const office = statements(result, 'reported').find((s) => s.sentences.includes('p9s2'));
		expect(office).toMatchObject({
			source: 'mayors-office',
			label: "The mayor's office",
			cue: 'said'
		});
		expect(office!.content).toContain('respect whatever the committee decides');
	});

	it('finds every statement of the hand-written council pack, with its speaker', () => {
		for (const statement of councilCycleLane.statements.filter((s) => s.form !== 'writer')) {
			const found = statements(result, statement.form).find((s) =>
				normaliseWords(s.content).includes(normaliseWords(statement.content))
			);
			expect(found, statement.id).toBeDefined();
			expect(found!.source, statement.id).toBe(statement.source);
			// The pack may add the cue's sentence to the evidence; the quote's own sentence is in both.
			expect(
				found!.sentences.some((id) => statement.sentences.includes(id)),
				statement.id
			).toBe(true);
		}
	});

	it('gives Reilly\u2019s partial quote as his words; the mayor\u2019s office\u2019s stays reported', () => {
		expect(quoteWith(result, 'without a single conversation')).toMatchObject({
			source: 'reilly',
			cue: 'told',
			sentences: ['p6s1']
		});
		expect(quoteWith(result, 'respect whatever')).toBeUndefined();
	});

	it('names the people with the epithets the article uses', () => {
		expect(result.sources).toEqual([
			// "The committee chair" is only inferred ("who chairs the committee" says it in other
			// words): no question.
			{ id: 'natarajan', label: 'Priya Natarajan', kind: 'person', epithets: [] },
			{ id: 'reilly', label: 'Tom Reilly', kind: 'person', epithets: ['their spokesperson'] },
			{ id: 'achterberg', label: 'Helen Achterberg', kind: 'person', epithets: ['the mayor'] },
			// "her office" is no question to ask: its answer, the mayor's office, repeats "office".
			{ id: 'mayors-office', label: "The mayor's office", kind: 'body', epithets: [] },
			{ id: 'writer', label: "The article's writer", kind: 'writer', epithets: [] }
		]);
	});

	it('reports Reilly at the meeting and Natarajan on the website; brackets are the writer’s', () => {
		expect(statements(result, 'reported').map((s) => [s.source, s.cue, s.sentences])).toEqual([
			['reilly', 'told', ['p6s1']],
			['mayors-office', 'said', ['p9s2']],
			['natarajan', 'wrote', ['p11s1']]
		]);
		expect(statements(result, 'writer').map((s) => s.content)).toEqual([
			'a number the council has not yet checked'
		]);
	});

	it('gives what the pack schema accepts', () => {
		expectWellFormed(council, result);
	});
});

describe('suggest on other news copy', () => {
	it.each([
		['nothing', '', 0, 0],
		['no quotes', 'The council met on Tuesday. It decided nothing.', 2, 0],
		['a quote nobody can be found for', '"We will win," she said.', 1, 1]
	])('copes with %s', (_, text, sentences, quotes) => {
		const result = suggest(text);
		expect(result.sentences).toHaveLength(sentences);
		expect(statements(result, 'direct')).toHaveLength(quotes);
		expectWellFormed(text, result);
	});

	it('takes a name written with a curly and a straight apostrophe for one person', () => {
		const result = suggest(
			'The explosion was at 8:30 p.m., according to Commissioner James O\u2019Neill.\n\n"The cause has not been determined," said O\'Neill.'
		);
		// One person, labelled with the straight apostrophe.
		expect(result.sources.filter((s) => s.kind === 'person').map((s) => s.label)).toEqual([
			"James O'Neill"
		]);
		expect(quoteWith(result, 'The cause has not been determined')?.label).toBe("James O'Neill");
	});

	it('does not guess a speaker for a pronoun that fits nobody', () => {
		const result = suggest('George Hale chaired the meeting.\n\n"We will win," she said.');
		expect(quoteWith(result, 'We will win')).toMatchObject({ source: null, cue: 'she said' });
	});

	it('tells two speakers apart by the pronoun', () => {
		const result = suggest(
			'Dr Anna Berg and Mr Tom Hale disagreed about the plan.\n\n"It is too expensive," he said. "Far too expensive."\n\n"It will pay for itself," she said.'
		);
		expect(quoteWith(result, 'too expensive')?.label).toBe('Tom Hale');
		expect(quoteWith(result, 'Far too expensive')?.label).toBe('Tom Hale');
		expect(quoteWith(result, 'pay for itself')?.label).toBe('Anna Berg');
	});

	it('takes a speaker named before a colon, and an organisation’s spokesperson', () => {
		const result = suggest(
			'Shares in Acme Ltd. fell sharply. A spokesperson for the company said: "We are confident in our plan."\n\nInvestor Jo Park said the fall was overdone.'
		);
		expect(quoteWith(result, 'confident in our plan')?.label).toBe(
			'A spokesperson for the company'
		);
		expect(statements(result, 'reported')).toMatchObject([
			{ label: 'Jo Park', cue: 'said', content: 'said the fall was overdone' }
		]);
	});

	it('reads court and police copy: a cue inside a quote, a colon, "According to", "Police said"', () => {
		const result = suggest(
			[
				'Defence lawyer Ana Costa said her client was innocent. "We will appeal," Costa said outside court, "and we expect to win."',
				'Prosecutor John Hale told the BBC: "We have no plans to drop the case." Costa replied: "Then we will see them in court."',
				'According to the police, the man was arrested at his home on Tuesday.',
				'Police said a 34-year-old man had been released on bail. "We are grateful to the public," the force said in a statement.'
			].join('\n\n')
		);
		expect(quoteWith(result, 'We will appeal')?.label).toBe('Ana Costa');
		expect(quoteWith(result, 'we expect to win')?.label).toBe('Ana Costa');
		expect(quoteWith(result, 'no plans to drop the case')?.label).toBe('John Hale');
		expect(quoteWith(result, 'see them in court')?.label).toBe('Ana Costa');
		expect(quoteWith(result, 'grateful to the public')?.label).toBe('Police');
		expect(statements(result, 'reported').map((s) => [s.label, s.cue, s.content])).toEqual([
			['Ana Costa', 'said', 'said her client was innocent'],
			['Police', 'According to', 'the man was arrested at his home on Tuesday'],
			['Police', 'said', 'said a 34-year-old man had been released on bail']
		]);
	});

	it('leaves scare quotes alone', () => {
		const result = suggest('The so-called "forever chemicals" were found in the river.');
		expect(result.statements).toEqual([]);
	});

	it('stays fast on text made to be slow: 20,000 characters of quotes, apostrophes, names or cues', () => {
		const long = (unit: string) => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
		for (const unit of [
			'"',
			'\u2018it\u2019s ',
			'"Yes," he said. ',
			'a, ',
			'John Smith ',
			'he said she said ',
			'the chair said ',
			'Word.\n\n',
			'(',
			'It rose, according to the council. '
		]) {
			const started = performance.now();
			suggest(long(unit));
			expect(performance.now() - started, JSON.stringify(unit)).toBeLessThan(2000);
		}
	});

	it('gives well-formed suggestions for real paragraphs in any order', () => {
		const paragraphs = [russell, council].flatMap((t) => t.trim().split(/\n\s*\n/));
		fc.assert(
			fc.property(fc.shuffledSubarray(paragraphs, { minLength: 1 }), (chosen) => {
				const text = chosen.join('\n\n');
				expectWellFormed(text, suggest(text));
			}),
			{ numRuns: 100 }
		);
	});

	it('never throws, and every suggestion fits the pack schema, whatever the text', () => {
		const word = fc.constantFrom(
			'said',
			'he',
			'she',
			'the',
			'chair',
			'Smith',
			'Jo',
			'Dr',
			'Mr.',
			'council',
			'told',
			'that',
			'"',
			'\u201c',
			'\u201d',
			'\u2018',
			'\u2019',
			"'",
			'(',
			')',
			',',
			'.',
			'?',
			'!',
			':',
			'\n\n',
			'added',
			'Ann Lee',
			'its',
			'office',
			'a',
			'spokesperson',
			'was',
			'would',
			'1,400',
			'6.5'
		);
		fc.assert(
			fc.property(
				fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 80 }),
				(parts) => {
					const text = parts.join(' ');
					expectWellFormed(text, suggest(text));
				}
			),
			{ numRuns: 300 }
		);
	});
});
