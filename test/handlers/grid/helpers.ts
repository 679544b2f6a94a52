/** A handler context holding a given school, and typed calls through the real dispatcher. */
import type { ChannelName, InputOf, OutputOf } from '../../../api/contract';
import type { GridOutcome, PlanState } from '../../../api/grid';
import { readSchool, replaceSchool } from '../../../db';
import { dispatch } from '../../../handlers/dispatch';
import type { School } from '../../../solver/model/school-file';
import { contextFixture, type ContextFixture } from '../fixture';
import type { ContextOptions } from '../../../handlers/context';

export interface GridFixture extends ContextFixture {
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** The error a call failed with (code and message); throws if it succeeded. */
  failure(channel: ChannelName, input: unknown): Promise<{ code: string; message: string }>;
  school(): School;
}

export function gridFixture(school: School, options: Partial<ContextOptions> = {}): GridFixture {
  const fixture = contextFixture(options);
  replaceSchool(fixture.context.database(), school);
  return {
    ...fixture,
    async call(channel, input) {
      const result = await dispatch(channel, input, fixture.context);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
      return result.value as never;
    },
    async failure(channel, input) {
      const result = await dispatch(channel, input, fixture.context);
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.error;
    },
    school: () => readSchool(fixture.context.database()),
  };
}

/** The plan of a done outcome; throws with the refusal's reason otherwise. */
export function donePlan(outcome: GridOutcome): PlanState {
  if (!outcome.done) throw new Error(`refused: ${outcome.reason}`);
  return outcome.plan;
}
