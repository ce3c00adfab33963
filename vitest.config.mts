import {defineConfig} from 'vitest/config';

// Two projects: `unit` needs only the sources; `build` reads the production
// build in build/ and so runs after `docusaurus build` (see npm test).
export default defineConfig({
  test: {
    projects: [
      {test: {name: 'unit', include: ['src/**/__tests__/**/*.test.ts', 'plugins/**/__tests__/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node'}},
      {test: {name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node'}},
    ],
  },
});
