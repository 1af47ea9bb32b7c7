// Finds the class a projector link (/show/<viewSecret>) opens, or answers 404. The view secret opens
// only read-only pages without names: the teacher secret never has to be on a shared screen.
import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { ClassRow } from '$lib/server/db/class-store';

export async function viewerClass(viewSecret: string): Promise<ClassRow> {
	const classRow = await getApp().classroom.viewer(viewSecret);
	if (!classRow) {
		error(404, {
			message: 'This projector link does not open any class. It may have been deleted.'
		});
	}
	return classRow;
}
