// The projector's view of a dashboard: the same counts, with no nickname or seat id in it.
import type { Dashboard } from '$lib/server/classroom-service';

export const withoutNames = (dashboard: Dashboard): Dashboard => ({
	...dashboard,
	students: dashboard.students.map((s, i) => ({ ...s, seatId: String(i), nickname: '' }))
});
