import fs from 'node:fs';

export const dynamic = 'force-dynamic';

let bytes;

export function GET() {
  bytes ??= fs.readFileSync(process.env.BENCH_BARE_FILE);
  return new Response(bytes, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
