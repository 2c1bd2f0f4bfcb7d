import type { Random } from './seeded-random.ts';
import type { SimulatedScribe } from './simulated-scribe.ts';

/** Groups of scribes cut off from their relay together for a while, still working. */
export class Partitions {
  count = 0;
  private current: { members: SimulatedScribe[]; endsAt: number } | null = null;

  constructor(
    /** Chance that a partition starts at a step when none is under way. */
    private readonly chance: number,
  ) {}

  step(step: number, random: Random, scribes: SimulatedScribe[]): void {
    if (this.current && step >= this.current.endsAt) this.heal();
    if (this.current || !random.chance(this.chance)) return;
    const members = scribes.filter((s) => !s.cutOff && random.chance(0.35));
    if (members.length === 0) return;
    for (const scribe of members) scribe.cut();
    this.current = { members, endsAt: step + 10 + random.below(40) };
    this.count++;
  }

  includes(scribe: SimulatedScribe): boolean {
    return this.current?.members.includes(scribe) ?? false;
  }

  heal(): void {
    for (const scribe of this.current?.members ?? []) scribe.restore();
    this.current = null;
  }
}
