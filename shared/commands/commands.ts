import type {
  Lane,
  ResponsibilityId,
  Role,
  ScenarioContext,
  Waiver,
} from '../model/index.js';
import type { ScenarioBody } from './patch.js';

/** Every way the UI can change a scenario. A discriminated union on `type`. */
export type Command =
  | {
      readonly type: 'responsibility/add';
      /** Created by the caller (the renderer has `crypto.randomUUID`; shared code does not). */
      readonly id: ResponsibilityId;
      readonly title: string;
      readonly owner: Lane;
      readonly lead?: Role | undefined;
      readonly note?: string | undefined;
      /** Position within the target lane; the end when absent. */
      readonly index?: number | undefined;
    }
  | {
      readonly type: 'responsibility/move';
      readonly id: ResponsibilityId;
      readonly to: Lane;
      /** Position within the target lane after the move; the end when absent. */
      readonly index?: number | undefined;
      /** Lead for the Shared lane; defaults to the current lead, else CIO. */
      readonly lead?: Role | undefined;
    }
  | { readonly type: 'responsibility/rename'; readonly id: ResponsibilityId; readonly title: string }
  | {
      readonly type: 'responsibility/annotate';
      readonly id: ResponsibilityId;
      readonly note: string;
    }
  | { readonly type: 'responsibility/set-lead'; readonly id: ResponsibilityId; readonly lead: Role }
  | { readonly type: 'responsibility/delete'; readonly id: ResponsibilityId }
  | { readonly type: 'scenario/rename'; readonly name: string }
  | { readonly type: 'scenario/set-context'; readonly context: Partial<ScenarioContext> }
  | { readonly type: 'waiver/add'; readonly waiver: Waiver }
  | { readonly type: 'waiver/remove'; readonly findingId: string }
  | { readonly type: 'stance/set'; readonly topicId: string; readonly role: Role | null }
  | {
      /**
       * Replaces the whole content (importing a file over the open scenario, restoring a
       * version, adopting what another window saved); the id and creation time stay.
       */
      readonly type: 'scenario/replace';
      readonly body: ScenarioBody;
      /** What the user did, in words ("Restore version “Board draft”"), for undo labels. */
      readonly label: string;
    };

/** The `type` of every command. */
export type CommandType = Command['type'];
