// Other instances' changes, applied to the dashboards kept here as the same change made here.
import type { ClassChange } from '../db/class-changes';
import {
	withAnswer,
	withoutSeat,
	withSeat,
	type Change,
	type KeptDashboard
} from './kept-dashboard';

export interface HeardChanges {
	/** Makes a change to the class's kept views and tells the screens that follow it. */
	changed(classId: string, change: Change): void;
	/** The class's dashboard if one is kept here. */
	kept(classId: string): KeptDashboard | undefined;
}

/** Another instance's answer, scored here as it was there (the rules are the quiz's own). */
const heardAnswer =
	({ seatId, questionId, given, cited }: Extract<ClassChange, { kind: 'answer' }>) =>
	(kept: KeptDashboard): boolean => {
		if (given === null || cited === null) return false;
		const verdict = kept.quiz.verdictFor(questionId, given, cited, kept.dashboard.evidenceMode);
		return !!verdict && withAnswer(kept, seatId, verdict);
	};

/** The kept dashboards and the screens that show them follow a heard change. */
export async function applyHeard(
	change: ClassChange,
	{ changed, kept }: HeardChanges
): Promise<void> {
	const { classId } = change;
	switch (change.kind) {
		case 'answer':
			return changed(classId, { pace: false, rowKept: true, update: heardAnswer(change) });
		case 'join':
			// The clock's start, if it was the first, is announced as a change of the class.
			return changed(classId, {
				pace: false,
				grows: true,
				rowKept: true,
				update: (dashboard) => {
					withSeat(dashboard, {
						id: change.seatId,
						nickname: change.nickname,
						attemptKey: change.attemptKey
					});
					return true;
				}
			});
		case 'remove': {
			// As a removal made here: the student's answers leave the split.
			const live = kept(classId);
			const attemptKey = live?.seats.get(change.seatId)?.attemptKey;
			const state = live && attemptKey ? await live.quiz.state(attemptKey) : undefined;
			return changed(classId, {
				pace: true,
				update: (dashboard) => !!state && withoutSeat(dashboard, change.seatId, state.verdicts)
			});
		}
		case 'class':
			// The header is read from the class row each time a dashboard is shown: the row kept
			// here is dropped, and the next read has the change.
			return changed(classId, { pace: change.paceChanged, update: () => true });
		case 'gone':
		case 'resync':
			return changed(classId, { pace: true });
	}
}
