import { categoryFeed } from '../../respond';

export const dynamic = 'force-dynamic';

/** /feeds/categories/{slug}.rss, .atom (latest published) and .ics (anniversaries). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return categoryFeed(request, (await params).file);
}
