import Heading from '@theme/Heading';
import {useEffect, useState} from 'react';
import type {ConvertedConfig} from '@site/src/migrate/convertConfig';
import CopyText from '../CopyText';
import styles from './styles.module.css';

/** The config.yaml converted from a flink-conf.yaml: what changed, the file itself, and ways to take it away. */
export default function ConfigConversion({conversion}: {conversion: ConvertedConfig}) {
  const {yaml, renamed, removed} = conversion;
  // A Blob URL: the download works offline and never leaves the browser.
  const [href, setHref] = useState<string>();
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([yaml], {type: 'application/yaml'}));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [yaml]);

  return (
    <section className={styles.conversion} aria-label="转换成的 config.yaml">
      <Heading as="h4">转换成 config.yaml</Heading>
      <p>
        键和值按 YAML 1.2 写出，{renamed.length} 个键换成了 2.3 的名字，{removed.length} 个键 2.3
        不再读取、以注释保留。原文件的注释和顺序不变。用之前请逐行核对，尤其是以注释保留的键。
      </p>
      {renamed.length > 0 && (
        <>
          <p className={styles.listTitle}>改了名的键：</p>
          <ul>
            {renamed.map(({from, to}) => (
              <li key={from}>
                <code>{from}</code> → <code>{to}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {removed.length > 0 && (
        <>
          <p className={styles.listTitle}>以注释保留的键：</p>
          <ul>
            {removed.map(({key, reason}) => (
              <li key={key}>
                <code>{key}</code>：{reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <CopyText text={yaml} label="复制 config.yaml" what="config.yaml" />
        {href && (
          // eslint-disable-next-line @docusaurus/no-html-links -- a Blob URL to download; <Link> would route it as a site path
          <a className="button button--sm button--secondary" href={href} download="config.yaml">
            下载 config.yaml
          </a>
        )}
      </div>
      <pre tabIndex={0} className={styles.yaml} aria-label="转换成的 config.yaml 全文">
        <code>{yaml}</code>
      </pre>
    </section>
  );
}
