// The client's address behind proxies, as adapter-node's README describes ADDRESS_HEADER and
// XFF_DEPTH: x-forwarded-for is read from the right, past the trusted proxies; the expected values
// are the README's own example, not computed.
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const noProxy = { ADDRESS_HEADER: undefined, XFF_DEPTH: 1 };
const xff = (depth: number) => ({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: depth });

describe('clientAddress', () => {
	it('is the connection’s address without ADDRESS_HEADER, whatever headers say', () => {
		expect(clientAddress(noProxy, { 'x-forwarded-for': '6.6.6.6' }, '10.0.0.7')).toBe('10.0.0.7');
	});

	it('is the header’s value for a header other than x-forwarded-for', () => {
		const env = { ADDRESS_HEADER: 'x-real-ip', XFF_DEPTH: 1 };
		expect(clientAddress(env, { 'x-real-ip': '203.0.113.9' }, '10.0.0.1')).toBe('203.0.113.9');
	});

	// "<client address>, <proxy 1 address>, <proxy 2 address>" behind three trusted proxies.
	it.each([
		[3, '198.51.100.1'],
		[2, '10.0.0.1'],
		[1, '10.0.0.2']
	])('with XFF_DEPTH=%i, counts from the right', (depth, expected) => {
		const header = { 'x-forwarded-for': '6.6.6.6, 198.51.100.1, 10.0.0.1,10.0.0.2' };
		expect(clientAddress(xff(depth), header, '10.0.0.3')).toBe(expected);
	});

	it('refuses a request without the header, as adapter-node does', () => {
		expect(() => clientAddress(xff(1), {}, '10.0.0.3')).toThrow(
			'Address header was specified with ADDRESS_HEADER=x-forwarded-for but is absent from request'
		);
	});

	it('refuses a header with fewer addresses than trusted proxies, as adapter-node does', () => {
		expect(() => clientAddress(xff(3), { 'x-forwarded-for': '10.0.0.1, 10.0.0.2' }, '')).toThrow(
			'XFF_DEPTH is 3, but only found 2 addresses'
		);
	});
});
