/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// During development the API is on another port. By default everything goes to the gateway
// (MUSICPLAYER_API, default http://localhost:8080). With MUSICPLAYER_PROXY=direct the DESIGN §12
// path table is applied here instead, straight to the services on 8000-8005 (for a branch
// without the gateway). The first matching rule wins, so the media routes under /songs come
// before song-service's /songs.
const gateway = process.env.MUSICPLAYER_API ?? 'http://localhost:8080';
const host = process.env.MUSICPLAYER_SERVICES_HOST ?? 'http://localhost';
const svc = (port: number): ProxyOptions => ({ target: `${host}:${port}`, changeOrigin: false });

const table: Array<[string, number]> = [
  ['^/auth/', 8000],
  ['^/\\.well-known/', 8000],
  ['^/users(/|$|\\?)', 8003],
  ['^/(albums|artists)(/|$|\\?)', 8001],
  ['^/search(\\?|$)', 8001],
  ['^/songs/[^/]+/(stream|stream-url|download)(\\?|$)', 8004],
  ['^/(library|uploads|artwork)(/|$|\\?)', 8004],
  ['^/songs(/|$|\\?)', 8002],
  ['^/me/(plays|now-playing)(\\?|$)', 8002],
  ['^/(playlists)(/|$|\\?)', 8005],
  ['^/me/queue(\\?|$)', 8005],
];

const proxy: Record<string, ProxyOptions> = {};
for (const [path, port] of table) {
  proxy[path] = process.env.MUSICPLAYER_PROXY === 'direct' ? svc(port) : { target: gateway };
}

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 400 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
