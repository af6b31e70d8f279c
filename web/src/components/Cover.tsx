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

/** A playlist's cover: the first four different album covers of its songs in a 2×2 grid. */
export function Mosaic({ urls, title, size = 600, className = '' }: { urls: Array<string | null | undefined>; title: string; size?: number; className?: string }) {
  const distinct = Array.from(new Set(urls.filter((u): u is string => !!u)));
  if (distinct.length < 4) return <Cover url={distinct[0]} title={title} size={size} className={className} />;
  return (
    <div className={`cover mosaic ${className}`} aria-hidden="true">
      {distinct.slice(0, 4).map((u) => (
        <img key={u} src={coverUrl(u, Math.round(size / 2)) ?? undefined} alt="" loading="lazy" decoding="async" />
      ))}
    </div>
  );
}
