/** A nominal type: a `T` that only code which knows the brand can create. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** Identifies one responsibility within a scenario. Opaque; unique per scenario. */
export type ResponsibilityId = Brand<string, 'ResponsibilityId'>;

/** Identifies one scenario in the library. Opaque; unique per database. */
export type ScenarioId = Brand<string, 'ScenarioId'>;

/** Brands a string as a responsibility id. Pure; does not check uniqueness. */
export function responsibilityId(value: string): ResponsibilityId {
  return value as ResponsibilityId;
}

/** Brands a string as a scenario id. Pure; does not check uniqueness. */
export function scenarioId(value: string): ScenarioId {
  return value as ScenarioId;
}
