// Finds the class a teacher link opens, or answers 404: the one gate for every teacher route.
import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { ClassRow } from '$lib/server/db/class-store';

export async function teacherClass(secret: string): Promise<ClassRow> {
	const classRow = await getApp().classroom.teacher(secret);
	if (!classRow) {
		error(404, { message: 'This teacher link does not open any class. It may have been deleted.' });
	}
	return classRow;
}
