// Headers every response carries. scripts/serve.js sets them on every reply in production (pages,
// endpoints, static files, the node:http fast path); src/hooks.server.ts adds them under `npm run dev`.
// The Share button needs Web Share and clipboard-write, so neither is denied.
export const SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), interest-cohort=(), browsing-topics=()'
});
