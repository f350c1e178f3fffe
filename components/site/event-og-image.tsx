import { ImageResponse } from 'next/og';
import { shortTitle } from '@/lib/events/short-title';
import { OG_IMAGE_SIZE, toDrawableText } from '@/lib/seo/og-text';

export type EventCardImage = {
  siteName: string;
  host: string;
  title: string;
  /** "1 February 1924", "Every year on 1 May". */
  date: string;
  kind: string;
  category: { name: string; color: string };
};

const PAPER = '#faf8f4';
const INK = '#1c1917';
const MUTED = '#57534e';
const ACCENT = '#9a3412';
const LINE = '#e2ddd4';

const safeColor = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : '#64748b');

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The Open Graph / Twitter image of an event page: title, date and category on the site's paper colour,
 * in the font bundled with next/og. Nothing is fetched: images are not used, and text is reduced to what
 * that font can draw (see lib/seo/og-text.ts).
 */
export function renderEventCardImage(card: EventCardImage): ImageResponse {
  const title = shortTitle(toDrawableText(card.title));
  const size = title.length <= 45 ? 76 : title.length <= 90 ? 62 : 50;
  const color = safeColor(card.category.color);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: PAPER,
        color: INK,
      }}
    >
      <div style={{ width: 28, height: '100%', background: color, display: 'flex' }} />
      <div
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          padding: '64px 72px 56px 64px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 28, letterSpacing: 4 }}>
          <span style={{ color: ACCENT, textTransform: 'uppercase' }}>
            {toDrawableText(card.siteName)}
          </span>
          <span style={{ color: MUTED, margin: '0 18px' }}>·</span>
          <span
            style={{
              width: 18,
              height: 18,
              borderRadius: 9,
              background: color,
              marginRight: 12,
              display: 'flex',
            }}
          />
          <span style={{ color: MUTED, letterSpacing: 1 }}>
            {clip(toDrawableText(card.category.name), 40)}
          </span>
        </div>
        <div
          style={{
            flex: 1,
            display: 'flex',
            alignItems: 'center',
            fontSize: size,
            lineHeight: 1.15,
            letterSpacing: -1,
          }}
        >
          {title}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            borderTop: `2px solid ${LINE}`,
            paddingTop: 28,
          }}
        >
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <span
              style={{ fontSize: 22, color: ACCENT, letterSpacing: 3, textTransform: 'uppercase' }}
            >
              {toDrawableText(card.kind)}
            </span>
            <span style={{ fontSize: 40, color: INK, marginTop: 6 }}>
              {clip(toDrawableText(card.date), 60)}
            </span>
          </div>
          <span style={{ fontSize: 26, color: MUTED }}>{toDrawableText(card.host)}</span>
        </div>
      </div>
    </div>,
    { ...OG_IMAGE_SIZE },
  );
}
