import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawableCodePoints } from '@/lib/seo/og-text';
import { type EventCardImage, renderEventCardImage } from './event-og-image';

const card = (over: Partial<EventCardImage> = {}): EventCardImage => ({
  siteName: 'Almanac',
  host: 'almanac.example',
  title: 'The United Kingdom recognises the Soviet Union',
  date: '1 February 1924',
  kind: 'Event',
  category: { name: 'Politics & Government', color: '#1d4ed8' },
  ...over,
});

/** Every URL the renderer fetches while the test runs (its own wasm comes as a data: URL). */
function recordFetches(): string[] {
  const urls: string[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(url);
    return url.startsWith('data:')
      ? realFetch(input, init)
      : Promise.reject(new Error(`fetched ${url}`));
  });
  return urls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function png(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const view = new DataView(bytes.buffer);
  return {
    signature: [...bytes.slice(0, 8)],
    width: view.getUint32(16),
    height: view.getUint32(20),
  };
}

describe('renderEventCardImage', () => {
  it('renders a 1200×630 PNG', async () => {
    const res = renderEventCardImage(card());
    expect(res.headers.get('content-type')).toBe('image/png');
    const image = await png(res);
    expect(image.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('fetches nothing from the network, whatever the title holds', async () => {
    const fetched = recordFetches();
    await renderEventCardImage(
      card({ title: 'Πόλεμος 中国 العربية 🎉🇬🇧 Ĕvent', category: { name: '日本', color: 'red' } }),
    ).arrayBuffer();
    // Every character the font has, drawn in cards of 140 characters.
    const all = String.fromCodePoint(...drawableCodePoints().filter((cp) => cp > 0x20));
    for (let i = 0; i < all.length; i += 140) {
      await renderEventCardImage(card({ title: all.slice(i, i + 140) })).arrayBuffer();
    }
    expect(fetched.filter((u) => !u.startsWith('data:'))).toEqual([]);
  });
});
