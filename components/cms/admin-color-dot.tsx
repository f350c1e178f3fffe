/**
 * A category's colour as a dot. An SVG fill attribute, not a style attribute: the CMS's
 * Content-Security-Policy (proxy.ts) allows no inline styles.
 */
export function AdminColorDot({
  color,
  className = 'size-4',
}: {
  color: string;
  className?: string;
}) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className={`shrink-0 ${className}`}>
      <circle cx="8" cy="8" r="7.5" fill={color} stroke="rgb(0 0 0 / 0.15)" />
    </svg>
  );
}
