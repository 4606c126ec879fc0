import { Client } from "pg"

/** The PostgreSQL the test run uses (DB_* from the test command or the embedded one). */
export function pgConnection(database = "postgres") {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
    database,
  }
}

/** Runs `work` on a client of the maintenance database (creating, copying and dropping databases). */
export async function withAdminClient<T>(
  work: (client: Client) => Promise<T>
): Promise<T> {
  const client = new Client(pgConnection())
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
