// Which streams the limits admit, refuse or end: per class (teacher and projector apart), per seat
// and per address.
import { describe, expect, it } from 'vitest';
import {
	createStreamLimits,
	PROJECTOR_STREAMS_PER_CLASS,
	TEACHER_STREAMS_PER_CLASS,
	type Admission
} from './stream-limits';

const admitted = (admission: Admission) => {
	if (!admission.ok) throw new Error(admission.message);
	return admission;
};

describe('stream limits', () => {
	it('keeps the newest teacher streams of a class: only the oldest ends, and only past the cap', () => {
		const limits = createStreamLimits({ perAddress: 1000 });
		const open = Array.from({ length: TEACHER_STREAMS_PER_CLASS }, (_, i) =>
			admitted(limits.teacher('c1', `10.0.0.${i}`))
		);
		expect(open.filter((s) => s.signal.aborted)).toHaveLength(0);
		admitted(limits.teacher('c1', '10.0.1.1'));
		expect(open.map((s) => s.signal.aborted)).toEqual(open.map((_, i) => i === 0));
	});

	it('refuses a projector past the class’s cap, whatever the teacher holds, and the other way round', () => {
		const limits = createStreamLimits({ perAddress: 1000 });
		for (let i = 0; i < TEACHER_STREAMS_PER_CLASS; i++) admitted(limits.teacher('c1', 'a'));
		for (let i = 0; i < PROJECTOR_STREAMS_PER_CLASS; i++) admitted(limits.projector('c1', 'a'));
		expect(limits.projector('c1', 'a')).toMatchObject({ ok: false, status: 429 });
		expect(limits.projector('c2', 'a').ok).toBe(true);
		expect(limits.teacher('c1', 'a').ok).toBe(true);
	});

	it('never lets an address’s students and projectors keep its teacher out, but bounds the teacher’s own', () => {
		const limits = createStreamLimits({ perAddress: 5 });
		for (let i = 0; i < 5; i++) admitted(limits.student(`seat${i}`, 'school'));
		expect(limits.projector('c1', 'school')).toMatchObject({ ok: false, status: 429 });
		const teachers = Array.from({ length: 5 }, (_, i) =>
			admitted(limits.teacher(`c${i}`, 'school'))
		);
		admitted(limits.teacher('c9', 'school'));
		expect(teachers.map((s) => s.signal.aborted)).toEqual([true, false, false, false, false]);
	});
});
