import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './src/web/build/precompress-assets.ts';
import { privateSourceMaps } from './src/web/build/private-source-maps.ts';

// Libraries every page needs, each group in a chunk of its own: cached across releases of the app's
// own code. Modules not named here go where Rollup puts them (with the pages that use them).
const vendorChunks: Record<string, RegExp> = {
  react: /\/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//,
  // Mantine's styling system and hooks; its components stay with the pages that use them.
  mantine: /\/node_modules\/(@mantine\/core\/esm\/(core|utils)\/|@mantine\/(hooks|store)\/|clsx\/)/,
  i18n: /\/node_modules\/(i18next|i18next-browser-languagedetector|react-i18next|html-parse-stringify|void-elements)\//,
  query: /\/node_modules\/@tanstack\//,
};

function chunkOf(id: string): string | undefined {
  // One chunk per UI language: lib/catalogues.ts loads a language's files together, when chosen.
  const locale = /\/src\/web\/locales\/([a-z]{2})\/[^/]+\.json$/.exec(id);
  if (locale) return `locale-${locale[1]}`;
  return Object.keys(vendorChunks).find((name) => vendorChunks[name].test(id));
}

// The web app lives in src/web and is built into dist/web, which the Pontis server serves.
// Each page is a chunk of its own (the features' routes.tsx); scripts/bundle-size.mjs measures what
// the first page loads, from the manifest.
// Delivery (issue 15): every text file gets .br and .gz siblings, which the server sends when the
// browser accepts them. Source maps are written (a production stack trace can be read with them)
// but to dist/sourcemaps, which the server does not serve: 'hidden' leaves the sourceMappingURL
// comment out, so no browser asks for them either.
export default defineConfig({
  root: 'src/web',
  plugins: [react(), privateSourceMaps(fileURLToPath(new URL('./dist/sourcemaps', import.meta.url))), precompressAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: 'hidden',
    manifest: true,
    rollupOptions: {
      output: { manualChunks: chunkOf },
      // zod ships comments Rollup cannot place; harmless, and noise in every build.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
