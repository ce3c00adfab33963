/** What happened to a configuration key a 1.x config file may still set. */
export interface ConfigKeyChange {
  /** The key as config files write it; `<name>` stands for any one segment. */
  key: string;
  /**
   * - renamed: today's release still reads it as an old name of `replacement` (works, with a warning);
   * - deprecated: still an option today, but deprecated;
   * - removed: no release since `removedIn` reads it, so a config that sets it silently loses the setting.
   */
  kind: 'renamed' | 'deprecated' | 'removed';
  /** The first release that read it only as an old name, or marked it deprecated. */
  deprecatedIn?: string;
  /** The first release that no longer reads it. */
  removedIn?: string;
  /** Today's key (renamed), or the key that took over (removed, when Flink says which). */
  replacement?: string;
  /** Where Flink writes this: the release and the option class (or docs table). */
  evidence: {version: string; file: string};
}

export interface DefaultChange {
  key: string;
  /** The release whose default differs from the one before. */
  version: string;
  from: string;
  to: string;
}
