import Link from '@docusaurus/Link';
import type {TopicGap} from '@site/src/data/taxonomy';

interface Props {
  label: string;
  gap: TopicGap;
}

/**
 * Shown above the results when a reader chooses a topic that Flink 2.x does
 * not cover yet (TOPIC_GAPS): what is missing, and the note with today's way.
 */
export default function TopicGapNotice({label, gap}: Props) {
  return (
    <aside className="alert alert--info margin-bottom--md" aria-label={`关于「${label}」`}>
      <p className="margin-bottom--sm">
        <strong>{label}：</strong>
        {gap.reason}
      </p>
      <p className="margin-bottom--none">
        现在的做法：<Link to={gap.alternative.note}>{gap.alternative.label}</Link>（{gap.checked} 核对）
      </p>
    </aside>
  );
}
