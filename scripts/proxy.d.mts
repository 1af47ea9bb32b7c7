// Types of proxy.mjs, for the specs and end-to-end tests that import it.
export interface ProxyOptions {
	/** http://host:port of each upstream, in order of preference for `failover`. */
	upstreams: string[];
	policy?: 'round-robin' | 'failover';
	/** 0 (the default): a free port. */
	port?: number;
	host?: string;
	/** Request bodies up to this size are read whole first, so they can be sent again. */
	bufferBytes?: number;
	/** How long an upstream that refused a connection is passed over. */
	downForMs?: number;
}

export interface Proxy {
	url: string;
	port: number;
	/** Responses relayed so far, per upstream origin. */
	served(): Record<string, number>;
	close(): Promise<void>;
}

export function startProxy(options: ProxyOptions): Promise<Proxy>;
