// Types of nginx.mjs, for the end-to-end test that imports it.
export const SITE_FILE: string;
export function ensureNginx(): string;
export function siteFor(upstreams: string[], port: number): string;

export interface Nginx {
	url: string;
	port: number;
	/** Responses each upstream (by origin) gave so far; a live stream counts once it has ended. */
	served(): Record<string, number>;
	/** nginx's error output so far. */
	errors(): string;
	close(): Promise<void>;
	stop(): void;
}

export function startNginx(options: {
	/** http://host:port of each instance. */
	upstreams: string[];
	/** 0 (the default): a free port. */
	port?: number;
	/** The most client connections held at once. */
	connections?: number;
}): Promise<Nginx>;
