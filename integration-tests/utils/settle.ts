/**
 * Lets the subscribers started by a suite's setup finish. medusaIntegrationTestRunner
 * snapshots the database before the first test, which ends every open connection: a
 * notification workflow still running from `beforeAll` would lose its connection and the
 * app could hand the next request a dead one. Call it last in such a `beforeAll`.
 */
export async function settleBackgroundWork(utils: {
  waitWorkflowExecutions: () => Promise<void>
}) {
  // Events are delivered on the next ticks; give them a moment to start their workflows.
  await new Promise((resolve) => setTimeout(resolve, 250))
  await utils.waitWorkflowExecutions()
}
