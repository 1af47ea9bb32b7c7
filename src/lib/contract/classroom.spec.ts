import { describe, expect, it } from 'vitest';
import { parsePaceUpdate } from './classroom';

describe('parsePaceUpdate', () => {
	it('reads how far the class may go and whether it is over', () => {
		expect(parsePaceUpdate('{"openQuestions":3,"closed":false}')).toEqual({
			openQuestions: 3,
			closed: false
		});
	});

	it('reads a removed seat', () => {
		expect(parsePaceUpdate('{"removed":true}')).toEqual({ removed: true });
	});

	it('refuses text that is not a pace update', () => {
		expect(parsePaceUpdate('not json')).toBeUndefined();
		expect(parsePaceUpdate('{"openQuestions":"3","closed":false}')).toBeUndefined();
		expect(parsePaceUpdate('{"openQuestions":-1,"closed":false}')).toBeUndefined();
		expect(parsePaceUpdate('{"removed":false}')).toBeUndefined();
		expect(parsePaceUpdate('null')).toBeUndefined();
	});
});
