/**
 * medusaIntegrationTestRunner restores the database from its template before every `it`
 * (0.1–0.6 s each on this 2-core machine). The security matrices have hundreds of cases
 * whose requests must not change anything, so a spec runs all of its requests once, in
 * order, inside the runner (after building the fixture), and records what each returned
 * together with any change it made to the state it must not touch. One `it` per case then
 * judges that record — outside the runner, so without a restore — and a failure names the
 * route and the caller.
 */
export class RecordedCases<Outcome> {
  private readonly outcomes = new Map<string, Outcome>()

  record(name: string, outcome: Outcome): void {
    if (this.outcomes.has(name)) {
      throw new Error(`two cases are named "${name}"`)
    }
    this.outcomes.set(name, outcome)
  }

  outcome(name: string): Outcome {
    const outcome = this.outcomes.get(name)
    if (!outcome) {
      throw new Error(
        `case "${name}" was never run (see the runner's tests above for the cause)`
      )
    }
    return outcome
  }

  get size(): number {
    return this.outcomes.size
  }
}
