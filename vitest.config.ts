import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's state classes (.svelte.ts) use runes: compile them as the browser build does.
  plugins: [svelte()],
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/{core,storage,node,content,fuzz,electron,renderer}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
