import type {Plugin} from '@docusaurus/types';
import {checkCatalog, formatProblem} from '../../src/data/catalogRules';
import {resources} from '../../src/data/resources';

/**
 * Fails the build when the catalog breaks a rule, with one line per problem.
 * The unit tests check the same rules; this makes `npm start` and
 * `npm run build` refuse a broken entry too, for contributors who only
 * preview their change.
 */
export default function catalogGuard(): Plugin {
  return {
    name: 'catalog-guard',
    loadContent() {
      const problems = checkCatalog(resources);
      if (problems.length > 0) {
        throw new Error(`资源目录有 ${problems.length} 处问题，请先修正：\n${problems.map(formatProblem).join('\n')}`);
      }
    },
  };
}
