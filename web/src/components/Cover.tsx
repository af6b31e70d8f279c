// Album/song artwork from /artwork/{id}?size=N, with a generated placeholder when there is none.

export function coverUrl(url: string | null | undefined, size: number): string | null {
  if (!url) return null;
  if (!url.startsWith('/artwork/')) return url;
  return `${url}${url.includes('?') ? '&' : '?'}size=${size}`;
}

function hue(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 360;
  return h;
}

export function Cover({ url, title, size = 300, className = '' }: { url?: string | null; title: string; size?: number; className?: string }) {
  const src = coverUrl(url, size);
  if (src) {
    return <img className={`cover ${className}`} src={src} alt="" loading="lazy" decoding="async" width={size} height={size} />;
  }
  const h = hue(title || '?');
  return (
    <div
      className={`cover cover-placeholder ${className}`}
      aria-hidden="true"
      style={{ background: `linear-gradient(135deg, hsl(${h} 55% 35%), hsl(${(h + 60) % 360} 60% 22%))` }}
    >
      {(title || '?').trim().charAt(0).toUpperCase()}
    </div>
  );
}
