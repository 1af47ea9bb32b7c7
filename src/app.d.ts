// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			/** Set by handleError: the request failed because the database is away (answered 503). */
			databaseAway?: boolean;
		}
		interface Platform {
			/** adapter-node's request (absent in `npm run dev`). */
			req?: import('node:http').IncomingMessage;
		}
	}
}

export {};
