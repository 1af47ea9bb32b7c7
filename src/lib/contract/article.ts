// The words an article's data is labelled with, read by the pack schema, the draft and the engine.
import * as z from 'zod/mini';

/** Who a source is: a person, a body (a court, a council), or the article's writer. */
export const SourceKind = z.enum(['person', 'body', 'writer']);
export type SourceKind = z.infer<typeof SourceKind>;

/** How a statement is given (PARC): quoted word for word, reported, or in the writer's own voice. */
export const StatementForm = z.enum(['direct', 'reported', 'writer']);
export type StatementForm = z.infer<typeof StatementForm>;
