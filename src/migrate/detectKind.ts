/**
 * What kind of file the reader gave: by its name when there is one, else by
 * its content (pasted text). A name the checker does not know is answered
 * with the kinds it does know, not guessed at.
 */
import type {FileKind} from './types';

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  java: 'Java',
  scala: 'Scala',
  python: 'Python / PyFlink',
  sql: 'SQL',
  'flink-conf': 'flink-conf.yaml（1.x 配置文件）',
  'config-yaml': 'config.yaml（2.x 配置文件）',
  pom: 'Maven pom.xml',
  gradle: 'Gradle 构建文件（含 libs.versions.toml）',
};

export function kindFromName(name: string): FileKind | undefined {
  const base = name.split(/[\\/]/).at(-1)!.toLowerCase();
  if (base === 'flink-conf.yaml' || base === 'flink-conf.yml') return 'flink-conf';
  if (base === 'pom.xml' || base.endsWith('.pom')) return 'pom';
  if (
    base === 'build.gradle' ||
    base === 'build.gradle.kts' ||
    base.endsWith('.gradle') ||
    base.endsWith('.gradle.kts') ||
    // A Gradle version catalog: gradle/libs.versions.toml.
    base.endsWith('.versions.toml')
  ) {
    return 'gradle';
  }
  if (base.endsWith('.yaml') || base.endsWith('.yml')) return 'config-yaml';
  if (base.endsWith('.java')) return 'java';
  if (base.endsWith('.scala') || base.endsWith('.sc')) return 'scala';
  if (base.endsWith('.py')) return 'python';
  if (base.endsWith('.sql')) return 'sql';
  return undefined;
}

/** The most likely kind of pasted text; the page lets the reader override it. */
export function kindFromContent(text: string): FileKind {
  const head = text.slice(0, 20_000);
  if (/<project[\s>]|<dependency>/.test(head)) return 'pom';
  if (
    /\b(implementation|compileOnly|testImplementation|plugins\s*\{|dependencies\s*\{)|^\[(versions|libraries)\]/m.test(
      head,
    ) &&
    /org\.apache\.flink:|group\s*=\s*"org\.apache\.flink"/.test(head)
  ) {
    return 'gradle';
  }
  if (/^\s*(import|from)\s+pyflink\b|^\s*def\s+\w+\(|^\s*from\s+\w+(\.\w+)*\s+import\b/m.test(head)) return 'python';
  if (/^\s*(package|import)\s+[\w.]+;?\s*$/m.test(head) || /\bpublic\s+(class|static)\b/.test(head)) {
    return /^\s*(object|case class|def)\b|:\s*Unit\b|=>/m.test(head) && !/;\s*$/m.test(head) ? 'scala' : 'java';
  }
  if (/\b(object|case class|val|def)\s+\w+/.test(head) && !/;\s*$/m.test(head)) return 'scala';
  if (/^\s*(SELECT|INSERT|CREATE|SET|WITH|EXECUTE)\b/im.test(head)) return 'sql';
  // Key/value lines: nested maps or lists are config.yaml; flat lines read the same as flink-conf.yaml.
  if (/^[\w.-]+\s*:\s*\S?/m.test(head)) return /^\s+[\w.-]+\s*:|^\s*-\s/m.test(head) ? 'config-yaml' : 'flink-conf';
  return 'java';
}
