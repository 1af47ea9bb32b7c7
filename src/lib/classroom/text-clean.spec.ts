import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClassSettingsForm } from './forms';
import { Nickname } from './nickname';
import { cleanText, hasStackedMarks, isBlank } from './text-clean';

const BLANK_LOOKING = ['\u3164', '\u2800', '\u115F', '\u1160', '\uFFA0'];
const HIDDEN = [
	'\u202E',
	'\u202D',
	'\u2066',
	'\u2069',
	'\u200B',
	'\u200D',
	'\uFEFF',
	'\u0000',
	'\u0007'
];
const title = (t: string) =>
	ClassSettingsForm.safeParse({ title: t, pacing: 'self', feedback: 'each', timeLimitMinutes: '' });

describe('shared text cleaning', () => {
	it('drops bidi overrides, zero-width characters and NUL; line breaks become spaces', () => {
		expect(cleanText('Year\u202E 9\u200B\u0000 media\nliteracy\r\n ')).toBe(
			'Year 9 media literacy'
		);
		expect(cleanText('a\u2028b\u2029c\td')).toBe('a b c d');
		expect(cleanText('zero\uFEFFwidth\u200D')).toBe('zerowidth');
	});

	it('sees text made only of fillers, blanks or combining marks as blank', () => {
		for (const c of BLANK_LOOKING) {
			expect(isBlank(c)).toBe(true);
			expect(isBlank(c.repeat(3) + ' ' + c)).toBe(true);
		}
		expect(isBlank('\u0301\u0302')).toBe(true);
		expect(isBlank('Sam')).toBe(false);
		expect(isBlank('ㅎ')).toBe(false);
	});

	it('spots stacked combining marks (more than two on one letter)', () => {
		expect(hasStackedMarks('Z\u0335\u0341\u0362a')).toBe(true);
		expect(hasStackedMarks('Việt')).toBe(false); // two marks: e + circumflex + dot below
		expect(hasStackedMarks('Vie\u0302\u0323t')).toBe(false);
		expect(hasStackedMarks('❤️')).toBe(false);
	});

	it('never leaves a hidden character, whatever the input', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.string(), fc.constantFrom(...HIDDEN, '\n', '\r', '\u2028')), {
					maxLength: 8
				}),
				(parts) => {
					const cleaned = cleanText(parts.join(''));
					expect(cleaned).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
					expect(cleaned).toBe(cleaned.trim());
					expect(cleaned).not.toMatch(/\s\s/);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('nicknames that would show blank or smeared are refused', () => {
	it.each([...BLANK_LOOKING, '\u3164\u3164', '\u0301\u0301', ' \u2800 '])('refuses %j', (raw) => {
		const parsed = Nickname.safeParse(raw);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.message).toMatch(/nickname/i);
	});

	it('refuses a Zalgo nickname with a message', () => {
		const parsed = Nickname.safeParse('Z\u0335\u0341\u0362\u0334algo');
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.message).toMatch(/accent|mark/i);
	});

	it('accepts accents, Hangul and emoji', () => {
		for (const ok of ['Zoë', 'Việt', '한글', '👩🏽‍🚀', 'Sam ㅎ'])
			expect(Nickname.safeParse(ok).success).toBe(true);
	});

	it('never accepts a nickname with nothing visible or stacked marks', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.constantFrom(...BLANK_LOOKING, ...HIDDEN, ' ', '\u0301', '\u0336', 'a'),
						fc.string({ maxLength: 3 })
					),
					{ maxLength: 10 }
				),
				(parts) => {
					const parsed = Nickname.safeParse(parts.join(''));
					if (!parsed.success) return;
					expect(isBlank(parsed.data)).toBe(false);
					expect(hasStackedMarks(parsed.data)).toBe(false);
					expect(parsed.data).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('class titles are cleaned like nicknames', () => {
	it('drop bidi overrides, zero-width characters, NUL and line breaks', () => {
		expect(title('Year 9\u202E\u200B\u0000\nmedia').data?.title).toBe('Year 9 media');
	});

	it.each(['\u3164', '\u200B\u202E', '\u2800\u2800', '\u0301'])('refuse a blank title %j', (t) => {
		expect(title(t).error?.issues[0]?.message).toContain('title');
	});

	it('refuse stacked marks', () => {
		expect(title('Quiz Z\u0335\u0341\u0362\u0334').success).toBe(false);
	});

	it('never keep a hidden character', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.string(), fc.constantFrom(...HIDDEN)), { maxLength: 6 }),
				(parts) => {
					const parsed = title(parts.join(''));
					if (parsed.success) expect(parsed.data.title).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
