import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Nickname, NICKNAME_MAX, nicknameKey, uniqueNickname } from './nickname';

const parse = (s: unknown) => Nickname.safeParse(s);

describe('nicknames', () => {
	it('are trimmed and their spaces collapsed', () => {
		expect(parse('  Sam   Lee ').data).toBe('Sam Lee');
	});

	it('must have 1 to 24 visible characters', () => {
		expect(parse('   ').success).toBe(false);
		expect(parse('\u200b\u200e').success).toBe(false);
		expect(parse('x'.repeat(24)).success).toBe(true);
		expect(parse('x'.repeat(25)).error?.issues[0]?.message).toContain('24 characters');
		expect(parse('👩🏽‍🚀'.repeat(3)).success).toBe(true);
	});

	it('keep markup as plain text (it is escaped when shown)', () => {
		// Short enough to pass the length rule, so only a rule about markup could change them.
		for (const markup of [
			'<b>Sam</b>',
			'<i>x</i>',
			'<img src=x>',
			'<script>1</script>',
			'&lt;b&gt;',
			'"Sam" & \'Lee\'',
			'<svg onload=alert(1)>'
		]) {
			expect([...markup].length).toBeLessThanOrEqual(NICKNAME_MAX);
			expect(parse(markup)).toEqual({ success: true, data: markup });
		}
		expect(uniqueNickname('<b>Sam</b>', new Set(['<B>SAM</B>']))).toBe('<b>Sam</b> 2');
		// Too long is still refused for its length, not rewritten.
		expect(parse('<img src=x onerror=alert(1)>').success).toBe(false);
	});

	it('are made unique within a class, ignoring case', () => {
		const taken = new Set(['Sam', 'sam 2']);
		expect(uniqueNickname('Sam', taken)).toBe('Sam 3');
		expect(uniqueNickname('Alex', taken)).toBe('Alex');
		const long = 'x'.repeat(24);
		expect(uniqueNickname(long, new Set([long]))).toBe('x'.repeat(22) + ' 2');
	});

	it('that only look alike share a key (Unicode TR39 skeleton, without case)', () => {
		// Cyrillic А, full-width Ａ, Greek Α, capitals: all "alice".
		for (const lookAlike of ['Alice', '\u0410lice', '\uff21lice', '\u0391lice', 'ALICE', 'alice'])
			expect(nicknameKey(lookAlike), lookAlike).toBe('alice');
		expect(nicknameKey('B0b')).toBe('bob');
		expect(nicknameKey('Sam 10')).toBe(nicknameKey('Sam') + ' lo');
		for (const other of ['Alicia', 'Alex', 'Alice 2', 'Bo'])
			expect(nicknameKey(other), other).not.toBe('alice');
	});

	it('are numbered when they only look like one taken', () => {
		expect(uniqueNickname('\u0410lice', new Set(['Alice']))).toBe('\u0410lice 2');
		expect(uniqueNickname('\uff21lice', new Set(['Alice', '\u0410lice 2']))).toBe('\uff21lice 3');
		expect(uniqueNickname('Alicia', new Set(['Alice']))).toBe('Alicia');
	});

	it('always yield a valid, unique nickname', () => {
		fc.assert(
			fc.property(fc.string(), fc.uniqueArray(fc.string({ maxLength: 24 })), (raw, others) => {
				const parsed = parse(raw);
				if (!parsed.success) {
					expect(parsed.error.issues.length).toBeGreaterThan(0);
					return;
				}
				const nickname = uniqueNickname(parsed.data, new Set(others));
				expect([...nickname].length).toBeLessThanOrEqual(NICKNAME_MAX);
				expect(others.map((o) => o.toLowerCase())).not.toContain(nickname.toLowerCase());
				expect(others.map(nicknameKey)).not.toContain(nicknameKey(nickname));
			}),
			{ numRuns: 1000 }
		);
	});
});
