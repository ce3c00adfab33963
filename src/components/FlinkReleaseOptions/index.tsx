import {FLINK_RELEASES} from '@site/src/data/flinkReleases';

/** One <option> per Flink release the hub lists, the LTS line marked, for every version <select> on the site. */
export default function FlinkReleaseOptions() {
  return FLINK_RELEASES.map((release) => (
    <option key={release.version} value={release.version}>
      {release.version}
      {release.lts ? '（LTS）' : ''}
    </option>
  ));
}
