/**
 * The artifact a Maven module publishes: its own <artifactId> (not its
 * parent's or a dependency's), with the Scala suffix property resolved the
 * way Flink's build resolves it. Modules packaged as `pom` are aggregators,
 * not dependencies anyone declares.
 */
const SCALA_BINARY_VERSION = '2.12';

export function moduleArtifact(pom: string): string | undefined {
  const withoutBlocks = pom
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<parent>[\s\S]*?<\/parent>/, '')
    .replace(
      /<(dependencies|dependencyManagement|build|profiles|reporting|pluginRepositories|repositories)>[\s\S]*?<\/\1>/g,
      '',
    );
  if (/<packaging>\s*pom\s*<\/packaging>/.test(withoutBlocks)) return undefined;
  const artifact = /<artifactId>([^<]+)<\/artifactId>/.exec(withoutBlocks)?.[1].trim();
  return artifact?.replace('${scala.binary.version}', SCALA_BINARY_VERSION);
}
