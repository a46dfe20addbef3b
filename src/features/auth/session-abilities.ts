import type { AbilityContribution, AbilityValue } from '../../shared/abilities.ts';
import type { Actor } from '../../shared/actor.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import { sessionAbilities, type SessionAbilities } from './auth.schemas.ts';

type AbilityRules = Record<keyof SessionAbilities, (actor: Actor) => AbilityValue>;

/**
 * The port behind the session's `can`: each feature states its global abilities in a
 * `*.abilities.ts` file (default export, `AbilityContribution`), answered by its own policy. The
 * names are listed in the session schema (`sessionAbilities`); each must be provided exactly once
 * and no file may provide a name the schema does not list: either is a wiring error.
 */
export async function abilityRules(): Promise<AbilityRules> {
  const contributions = await loadFeatureContributions<AbilityContribution>(/[.]abilities[.]ts$/);
  const names = Object.keys(sessionAbilities.shape);
  const rules: Partial<Record<string, (actor: Actor) => AbilityValue>> = {};
  const counts = new Map<string, number>();
  for (const contribution of contributions) {
    for (const [name, rule] of Object.entries(contribution.abilities)) {
      if (!names.includes(name)) throw new Error(`The ability "${name}" is not listed in the session schema (auth.schemas.ts).`);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      rules[name] = rule;
    }
  }
  for (const name of names) {
    const n = counts.get(name) ?? 0;
    if (n !== 1) throw new Error(`The ability "${name}" is provided ${n} times, not once.`);
  }
  return rules as AbilityRules;
}

/** What the actor may do outside any record; pure rules over the actor, no statement. */
export async function sessionAbilitiesOf(actor: Actor): Promise<SessionAbilities> {
  const rules = await abilityRules();
  return Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, rule(actor)])) as SessionAbilities;
}
