/**
 * The checker's page as the rest of the site names it: the navbar entry, its
 * <title> and description, and its search record all read this, so a
 * reader who searches for flink-conf.yaml, config.yaml or 迁移检查 finds the
 * page that the navbar calls by the same name.
 */
export const MIGRATE_PAGE = {
  path: '/migrate',
  title: '迁移检查',
  summary:
    '把 Flink 1.x 的代码、SQL、flink-conf.yaml / config.yaml、pom.xml 或 Gradle 构建文件粘贴或拖进来，逐处列出在 2.3 上会出错或已弃用的写法、替代写法和依据，并把 flink-conf.yaml 转换成 config.yaml。检查在浏览器里进行，内容不离开页面。',
  keywords:
    '升级 迁移 1.x 2.x flink-conf.yaml config.yaml migrate-config-file.sh pom.xml build.gradle 构建文件 配置转换 已移除 已弃用 API 检查器',
} as const;

/**
 * The page's config-conversion section, a second search record: for
 * flink-conf.yaml the one-line records that name the file (a changes-table
 * row, questions) would otherwise push the page itself out of the first three.
 */
export const MIGRATE_CONFIG_SECTION = {
  path: `${MIGRATE_PAGE.path}#config`,
  title: MIGRATE_PAGE.title,
  section: 'flink-conf.yaml 转换成 config.yaml',
  summary:
    '把 1.x 的 flink-conf.yaml 转换成 2.x 读取的 config.yaml：改了名的键写成今天的名字，不再读取的键连同原值写成注释并写明用什么代替，保留注释和顺序；并说明 Flink 自带的 bin/migrate-config-file.sh 做什么、不做什么。',
  keywords: 'flink-conf.yaml config.yaml migrate-config-file.sh 配置转换 配置文件 YAML 1.2 改名 移除的配置项',
} as const;

/** Every search record of the page, in the order the page shows them. */
export const MIGRATE_TOOL_RECORDS = [MIGRATE_PAGE, MIGRATE_CONFIG_SECTION] as const;
