import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/env/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/render/**/*.test.ts'],
    environment: 'node',
  },
});
