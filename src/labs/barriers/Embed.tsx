import LabIsland from '@site/src/components/LabIsland';
import {labPath} from '../catalog';
import {describeOutcome, presetById, type PresetId} from './presets';

/**
 * The barrier lab as a note embeds it: `<BarriersLab preset="aligned" />`.
 * The page carries only the preset's text; the lab's code loads when the
 * reader reaches it (LabIsland). Imports stay light: the preset table, not
 * the simulation or the UI.
 */
export default function BarriersLab({preset: id}: {preset: PresetId}) {
  const preset = presetById(id);
  return (
    <LabIsland
      title={`动手试试：${preset.title}`}
      href={`${labPath('barriers')}?${preset.query}`}
      load={() => import('./Lab')}
      labProps={{query: preset.query, editable: false}}>
      <p>{preset.setup}</p>
      <p>逐步播放时会看到：{describeOutcome(preset.outcome).join('')}</p>
    </LabIsland>
  );
}
