/**
 * The test's own model of R3–R7 (DESIGN.md §2), written independently of src/domain, so the projector
 * is checked against the rules rather than against the code under test.
 */
export interface ExpectedProposal {
  text: string;
  count: number;
}

interface ModelProposal {
  text: string;
  /** Groups endorsing the current revision only (R5). */
  endorsers: Set<string>;
}

export const CAP = 10;

export class ExpectedRanking {
  /** In admission order: index is the R6 tie-break. */
  private readonly proposals: ModelProposal[] = [];

  /** R3: a new proposal is endorsed by its author; R7: refused when ten exist. */
  add(group: string, text: string): void {
    if (this.proposals.length >= CAP) throw new Error(`model: an 11th proposal cannot be admitted (${text})`);
    if (this.proposals.some((p) => p.text === text)) throw new Error(`model: texts must be unique (${text})`);
    this.proposals.push({ text, endorsers: new Set([group]) });
  }

  /** R4/R5: the new revision starts with the editor's endorsement only. */
  edit(group: string, oldText: string, newText: string): void {
    const proposal = this.find(oldText);
    proposal.text = newText;
    proposal.endorsers = new Set([group]);
  }

  endorse(group: string, text: string): void {
    const proposal = this.find(text);
    if (proposal.endorsers.has(group)) throw new Error(`model: ${group} already endorses ${text}`);
    proposal.endorsers.add(group);
  }

  withdraw(group: string, text: string): void {
    const proposal = this.find(text);
    if (!proposal.endorsers.delete(group)) throw new Error(`model: ${group} does not endorse ${text}`);
  }

  endorses(group: string, text: string): boolean {
    return this.find(text).endorsers.has(group);
  }

  get size(): number {
    return this.proposals.length;
  }

  /** R6: highest count first, ties by earlier admitted proposal (stable sort keeps admission order). */
  projected(): ExpectedProposal[] {
    return this.proposals
      .map((p) => ({ text: p.text, count: p.endorsers.size }))
      .sort((a, b) => b.count - a.count);
  }

  private find(text: string): ModelProposal {
    const found = this.proposals.find((p) => p.text === text);
    if (!found) throw new Error(`model: no current proposal "${text}"`);
    return found;
  }
}
