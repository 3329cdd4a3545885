/** A short hex hash of the guidance's sources and package versions (see guidance-version.mjs). */
export function guidanceVersion(root?: string): string;
