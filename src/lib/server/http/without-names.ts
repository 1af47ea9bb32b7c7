// The projector's view of a dashboard: the same counts. A dashboard has no nickname or seat id in it
// (the roster is the teacher's alone, a page at a time). While the class is open the projector's
// view says nothing about evidence per question either: a question with nothing to
// find is a made-up quote, and that must not reach the screen the class sees, nor its page data.
// Nor how many believed something false or doubted something true on a question: a doubt counted
// on a line says it is real.
import type { Dashboard } from '$lib/server/services/classroom-service';

// One anonymous copy per dashboard, so every projector stream shares it (and its encoded bytes).
const copies = new WeakMap<Dashboard, Dashboard>();

export function withoutNames(dashboard: Dashboard): Dashboard {
	let copy = copies.get(dashboard);
	if (!copy) {
		const asked = dashboard.evidenceMode !== 'off';
		copy = {
			...dashboard,
			questions: dashboard.closed
				? dashboard.questions
				: dashboard.questions.map((q) => ({
						...q,
						hasEvidence: asked,
						evidenceFound: 0,
						citedWrongly: null,
						believedFalse: 0,
						doubtedTrue: 0
					}))
		};
		copies.set(dashboard, copy);
	}
	return copy;
}
