import path from 'node:path';

/**
 * A second hosted build, made at a sub-path the way GitHub Pages serves a
 * fork (https://OWNER.github.io/REPO/): `npm run build:base-url` builds it
 * with this BASE_URL into build-base-url/, where tests/build/base-url.test.ts
 * and tests/e2e/base-url.spec.ts look for it. Keep the two in step with the
 * script in package.json.
 */
export const TEST_BASE_URL = '/fork/';
export const BASE_URL_BUILD_DIR = path.join(__dirname, '..', 'build-base-url');
