/**
 * npm run check:docs
 *
 * The docs rules of the unit tests (tests/docsRules.ts), on their own: every
 * page under docs/ and the data files that point into them or render on
 * them. Prints each problem once, with its file, line and fix, and exits 1
 * if there is any.
 *
 * build:offline runs it first. The offline copy is built with the hash
 * router, which renders no page at build time, so Docusaurus's own checks of
 * links and anchors never run there; without this, that build alone would
 * succeed with a broken link.
 */
import {readDocs} from '../tests/docsFiles';
import {checkDataApiNames, checkDataReferences, checkDataTerms, checkDocs, formatDocProblem} from '../tests/docsRules';

async function main(): Promise<number> {
  const docs = await readDocs();
  const problems = [
    ...(await checkDocs(docs)),
    ...(await checkDataReferences(docs)),
    ...checkDataTerms(),
    ...checkDataApiNames(),
  ];
  if (problems.length === 0) {
    console.log(`文档规则：${docs.length} 个页面和数据文件都没有问题。`);
    return 0;
  }
  console.error(`文档有 ${problems.length} 处问题，请先修正：\n${problems.map(formatDocProblem).join('\n')}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
