import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Two projects: `unit` needs only the sources; `build` reads the production
// build in build/ and so runs after `docusaurus build` (see npm test).
const site = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {alias: {'@site': site}},
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/__tests__/**/*.test.ts', 'plugins/**/__tests__/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // The docs rules read and compile every page (about 4 s each on
          // a quiet 2-core machine); the 5 s default failed them under load.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // Some tests read every built page and every doc (the docs through
          // Docusaurus's own loader); on a busy 2-core machine they took 7–12 s.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
