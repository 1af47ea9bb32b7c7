// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Platform {
			/** adapter-node's request (absent in `npm run dev`). */
			req?: import('node:http').IncomingMessage;
		}
	}
}

export {};
