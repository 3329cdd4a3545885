// Deterministic bench data: the same seed gives the same scenarios on every machine and run.

/** mulberry32: a tiny seeded PRNG; returns floats in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Phrasings the way executives write responsibilities, so guidance code does real matching work.
const VERBS = ['Run', 'Own', 'Lead', 'Manage', 'Oversee', 'Set', 'Govern', 'Build', 'Maintain', 'Plan', 'Drive', 'Review'];
const SUBJECTS = [
  'the employee service desk', 'enterprise systems (ERP, CRM, HR)', 'IT governance and compliance', 'the internal IT budget',
  'internal network and infrastructure', 'laptop and device fleet', 'information security for staff', 'product security',
  'the data warehouse', 'business analytics and reporting', 'workflow automation', 'SaaS vendor contracts',
  'cloud hosting for the product', 'product architecture', 'research and development', 'the technology roadmap',
  'emerging technology scouting', 'the customer mobile app', 'the public website', 'developer platform and APIs',
  'technical due diligence with investors', 'partnerships with technology suppliers', 'entry into new markets',
  'staff technology training', 'hiring of engineers', 'overall technology strategy', 'identity and access management',
  'disaster recovery', 'data architecture', 'machine learning features in the product', 'office collaboration tools',
  'payments integration', 'the e-commerce storefront', 'IT asset management', 'backup and archiving', 'the help desk ticketing tool',
];
const QUALIFIERS = ['', '', '', ' for Europe', ' for the US business', ' across all sites', ' in the platform team', ' for the retail unit', ' (phase 2)', ' and its budget'];
const NOTES = ['', '', '', 'Agreed at the March board meeting.', 'Revisit after the reorganisation.', 'Budget sits with finance.', 'Pilot in one region first.'];
const LANE_WEIGHTS = [
  ['CIO', 0.3],
  ['Shared', 0.15],
  ['CTO', 0.3],
  ['Unassigned', 0.25],
];

function pick(random, values) {
  return values[Math.floor(random() * values.length)];
}

function pickLane(random) {
  let roll = random();
  for (const [lane, weight] of LANE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return lane;
  }
  return 'Unassigned';
}

/** A plausible responsibility title. */
export function makeTitle(random, index) {
  return `${pick(random, VERBS)} ${pick(random, SUBJECTS)}${pick(random, QUALIFIERS)} #${index + 1}`;
}

/**
 * One scenario row, in the shape renderer/persistence/database.ts stores (ScenarioRow), which is
 * also a valid domain Scenario (shared/model). Lanes hold roughly equal shares so each lane of a
 * 300-card board has cards to drag.
 */
export function makeScenario(seed, count, index = 0) {
  const random = createRandom(seed);
  const stamp = new Date(Date.UTC(2025, 0, 1) + index * 3600_000).toISOString();
  const responsibilities = [];
  for (let i = 0; i < count; i += 1) {
    const owner = pickLane(random);
    const note = pick(random, NOTES);
    responsibilities.push({
      id: `bench-${seed}-${i}`,
      title: makeTitle(random, i),
      owner,
      ...(owner === 'Shared' ? { lead: random() < 0.5 ? 'CIO' : 'CTO' } : {}),
      ...(note ? { note } : {}),
    });
  }
  return {
    id: `bench-scenario-${seed}`,
    name: `Bench scenario ${index + 1}`,
    context: { companySize: 'medium', focus: 'balanced', reportingLine: 'both-to-ceo' },
    responsibilities,
    waivers: [],
    stances: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The library: `scenarios` scenarios of `perScenario` responsibilities, the first opened last. */
export function makeLibrary(scenarios = 50, perScenario = 300) {
  const rows = [];
  for (let i = 0; i < scenarios; i += 1) rows.push(makeScenario(1000 + i, perScenario, i));
  return rows;
}

/**
 * A variant of `base` for compare: about 10% moved, 3% retitled, 2% removed, 2% added, the rest
 * unchanged. Deterministic.
 */
export function makeVariant(base, seed) {
  const random = createRandom(seed);
  const lanes = ['CIO', 'Shared', 'CTO', 'Unassigned'];
  const responsibilities = [];
  for (const item of base.responsibilities) {
    const roll = random();
    if (roll < 0.02) continue;
    if (roll < 0.12) {
      const owner = pick(random, lanes.filter((lane) => lane !== item.owner));
      const moved = { id: item.id, title: item.title, owner, ...(item.note ? { note: item.note } : {}) };
      responsibilities.push(owner === 'Shared' ? { ...moved, lead: 'CTO' } : moved);
    } else if (roll < 0.15) {
      responsibilities.push({ ...item, title: `${item.title} (revised)` });
    } else {
      responsibilities.push(item);
    }
  }
  const added = Math.round(base.responsibilities.length * 0.02);
  for (let i = 0; i < added; i += 1) {
    responsibilities.push({ id: `bench-added-${seed}-${i}`, title: makeTitle(random, 10_000 + i), owner: pickLane(random) });
  }
  return { ...base, id: `${base.id}-variant`, name: `${base.name} (variant)`, responsibilities };
}
