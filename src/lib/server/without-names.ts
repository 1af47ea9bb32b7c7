// The projector's view of a dashboard: the same counts, with no nickname or seat id in it.
import type { Dashboard } from '$lib/server/classroom-service';

// One anonymous copy per dashboard, so every projector stream shares it (and its encoded bytes).
const copies = new WeakMap<Dashboard, Dashboard>();

export function withoutNames(dashboard: Dashboard): Dashboard {
	let copy = copies.get(dashboard);
	if (!copy) {
		copy = {
			...dashboard,
			students: dashboard.students.map((s, i) => ({ ...s, seatId: String(i), nickname: '' }))
		};
		copies.set(dashboard, copy);
	}
	return copy;
}
