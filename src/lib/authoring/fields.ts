// How the authoring form names a draft field in the page: its element id, and the attributes that
// tie a field to its error message, so each error sits next to its field and is read with it.

/** "statements.2.source" → "f-statements-2-source". */
export const fieldId = (field: string): string => `f-${field.replaceAll('.', '-')}`;

/** The id, invalid state and description of a field, given the draft's errors. */
export function fieldAttrs(
	errors: Record<string, string>,
	field: string,
	hint?: string
): { id: string; 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined } {
	const id = fieldId(field);
	const described = [hint, errors[field] ? `${id}-error` : undefined].filter(Boolean).join(' ');
	return {
		id,
		'aria-invalid': errors[field] ? 'true' : undefined,
		'aria-describedby': described || undefined
	};
}

/** Where an error belongs, in words, for the list of what to fix before publishing. */
export function fieldName(field: string): string {
	const [head, index, ...rest] = field.split('.');
	const n = Number(index) + 1;
	const what: Record<string, string> = {
		sources: `Person or body ${n}`,
		statements: `Statement ${n}`,
		decoys: `Made-up line ${n}`,
		claims: `Claim ${n}`
	};
	if (head && what[head] && Number.isInteger(n)) return [what[head], ...rest].join(', ');
	if (head === 'ruling') return ['Ruling question', index].filter(Boolean).join(', ');
	if (head === 'wait') return ['Timeline question', index, ...rest].filter(Boolean).join(', ');
	if (head === 'pack') return 'The quiz';
	return head ?? field;
}
