import {describe, expect, it} from 'vitest';
import {extractSections} from '../extractSections';

const page = `---
title: 示例
---

import Figure from '@site/src/components/Figure';

开头的一段，**加粗**也算。

## 状态后端

| 配置项 | 默认值 |
| --- | --- |
| \`state.backend.type\` | \`hashmap\` |

<Figure alt="两种状态后端的对比图" caption="图注" svg={X} />

### 第二个 状态后端

:::warning 注意

链接会过期。

:::

\`\`\`java
env.enableCheckpointing(1000);
\`\`\`
`;

describe('extractSections', () => {
  const sections = extractSections(page);

  it('splits at h2 and h3 headings, keeping the text before the first', () => {
    expect(sections.map((s) => s.heading)).toEqual(['', '状态后端', '第二个 状态后端']);
  });

  it('gives each heading the anchor Docusaurus gives it, numbering repeats', () => {
    expect(sections.map((s) => s.anchor)).toEqual(['', '状态后端', '第二个-状态后端']);
  });

  it('drops frontmatter and imports, keeps inline formatting as plain words', () => {
    expect(sections[0].text).toBe('开头的一段，加粗也算。');
  });

  it('reads table cells as separate words and figures by their alt text', () => {
    expect(sections[1].text).toContain('state.backend.type hashmap');
    expect(sections[1].text).toContain('两种状态后端的对比图');
  });

  it('reads admonitions and code', () => {
    expect(sections[2].text).toContain('链接会过期');
    expect(sections[2].text).toContain('env.enableCheckpointing(1000);');
  });
});
