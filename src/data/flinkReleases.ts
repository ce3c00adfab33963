/**
 * The newest Flink release, and so the release every note must say it was
 * checked against (its `flink_version` frontmatter names it). When a new
 * release lands, raise it here: every note then fails the docs rules until
 * someone has re-read it against that release's notes and docs.
 */
export const LATEST_FLINK = '2.3';
