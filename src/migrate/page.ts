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
