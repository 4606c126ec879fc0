const { Client } = require("pg")

/** Drops the migrated templates this run made (integration-tests/utils/migrated-template.ts). */
async function dropTemplates() {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD ?? "",
    database: "postgres",
  })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`marketplace-template-${process.env.TEST_RUN_ID}-`]
    )
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
  } finally {
    await client.end()
  }
}

module.exports = async function globalTeardown() {
  if (process.env.TEST_RUN_ID) {
    await dropTemplates()
  }
  await globalThis.__EMBEDDED_PG__?.stop()
}
