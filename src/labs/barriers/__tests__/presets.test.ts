import {describe, expect, it} from 'vitest';
import {PRESETS, type PresetOutcome} from '../presets';
import {parse, serialize} from '../scenario';
import {simulate, type Timeline} from '../simulate';

/** What a preset's text claims, read off the simulation. */
function outcomeOf(timeline: Timeline): PresetOutcome {
  const {steps} = timeline;
  const checkpoint = steps[steps.length - 1].checkpoint;
  if (!checkpoint || checkpoint.completeAt === null) throw new Error('检查点没有完成');
  const firstBlocked = steps.find((step) => step.channels.some((channel) => channel.blocked));
  const channel = firstBlocked?.channels.findIndex((candidate) => candidate.blocked) ?? -1;
  const resumed = steps.find(
    (step) => firstBlocked && step.time > firstBlocked.time && !step.channels[channel].blocked,
  );
  const at = (kind: string) => steps.find((step) => step.events.some((event) => event.kind === kind))?.time ?? null;
  return {
    blocked: firstBlocked && resumed ? {channel, from: firstBlocked.time, to: resumed.time} : null,
    switchedAt: at('timeout'),
    outputSwitchedAt: at('outputTimeout'),
    kind: checkpoint.kind,
    takenAt: checkpoint.takenAt,
    state: checkpoint.state,
    input: checkpoint.input,
    output: checkpoint.output,
    completeAt: checkpoint.completeAt,
  };
}

describe.each(PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (_, preset) => {
  it("is a clean query string in the lab's own format", () => {
    const {scenario, problems} = parse(preset.query);
    expect(problems, `src/labs/barriers/presets.ts › 预设 "${preset.id}"：query 有问题`).toEqual([]);
    expect(serialize(scenario)).toBe(preset.query);
  });

  it('tells what the lab shows', () => {
    expect(
      outcomeOf(simulate(parse(preset.query).scenario)),
      `src/labs/barriers/presets.ts › 预设 "${preset.id}"：outcome 与模拟结果不符，请按模拟结果改写（页面上的文字由它生成）`,
    ).toEqual(preset.outcome);
  });
});

it('gives every preset its own id and title', () => {
  expect(new Set(PRESETS.map((preset) => preset.id)).size).toBe(PRESETS.length);
  expect(new Set(PRESETS.map((preset) => preset.title)).size).toBe(PRESETS.length);
});
