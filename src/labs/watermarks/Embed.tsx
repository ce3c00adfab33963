import LabIsland from '@site/src/components/LabIsland';
import {labPath} from '../catalog';
import {presetById, type PresetId} from './presets';

/**
 * The watermark lab as a note embeds it: `<WatermarkLab preset="idle-split" />`.
 * The note's first load carries only this wrapper, the preset table and the
 * text equivalent; the lab's code (Lab.tsx and the simulation) is a chunk of
 * its own that LabIsland loads when the reader gets near it or presses its start button.
 */
export default function WatermarkLab({preset: id}: {preset: PresetId}) {
  const preset = presetById(id);
  if (!preset) throw new Error(`WatermarkLab：没有名为 "${id}" 的预设，请用 src/labs/watermarks/presets.ts 中的 id`);
  return (
    <LabIsland
      title={`动手试试：${preset.title}`}
      href={`${labPath('watermarks')}?${preset.query}`}
      load={() => import('./Lab')}
      labProps={{initialQuery: preset.query}}>
      <p>{preset.setup}</p>
      <p>
        <strong>会看到：</strong>
        {preset.outcome}
      </p>
      <p>
        <strong>再试试：</strong>
        {preset.tryThis}
      </p>
    </LabIsland>
  );
}
