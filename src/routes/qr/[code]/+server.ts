// GET /qr/:code: the join link as an SVG QR code to project. Drawn here by a library; no service.
import QRCode from 'qrcode';
import { isJoinCode } from '$lib/classroom/join-code';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	if (!isJoinCode(params.code)) {
		return new Response('Not a join code.', {
			status: 404,
			headers: { 'content-type': 'text/plain' }
		});
	}
	const svg = await QRCode.toString(new URL(`/join/${params.code}`, url.origin).href, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M'
	});
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' }
	});
};
