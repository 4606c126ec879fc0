#!/usr/bin/env node
// Runs the Dockerfile's dependency installs (its `npm ci` / `npm install` commands, read from
// the RUN lines of each stage) in a clean copy of the repository, without a Docker engine:
// a lock file the image build would refuse fails CI here instead of in `docker compose up --build`.
// Every stage installs from this repository's package.json and package-lock.json (the runtime
// stage gets them through `medusa build`, which copies both). The first install runs in full;
// the later ones, from the same files, run with npm's --dry-run: npm checks the lock and
// resolves the tree as the image build would, without extracting everything a second time
// (minutes on a busy machine). `--full` runs every install in full. `--installed` says the
// caller has just run the same `npm ci` on the same two files (CI does): then the first
// install is a dry run too.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { execFileSync, spawn, spawnSync } = require("node:child_process")
const { installCommands } = require("./lib/dockerfile")

const root = path.resolve(__dirname, "..")
const FULL = process.argv.includes("--full")
const INSTALLED = process.argv.includes("--installed")
const installs = installCommands(
  fs.readFileSync(path.join(root, "Dockerfile"), "utf8")
)
if (installs.length === 0) {
  console.error("The Dockerfile has no npm install step: nothing to check.")
  process.exit(1)
}

const copy = fs.mkdtempSync(path.join(os.tmpdir(), "docker-install-"))
process.on("exit", () => {
  // Deleting a node_modules takes long on a busy disk: nothing needs to wait for it.
  spawn("rm", ["-rf", copy], { detached: true, stdio: "ignore" }).unref()
})

/** The repository's files as `git` sees them (tracked and new, ignored ones left out): no node_modules. */
function copyRepository() {
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: root, encoding: "utf8" }
  )
    .split("\0")
    .filter((file) => file && fs.existsSync(path.join(root, file)))
  for (const file of files) {
    fs.cpSync(path.join(root, file), path.join(copy, file), { recursive: true })
  }
  return files.length
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)

const copied = copyRepository()
console.log(`${copied} files copied to ${copy}`)
const total = Date.now()
for (const [index, { stage, env, command }] of installs.entries()) {
  const dryRun = (index > 0 || INSTALLED) && !FULL
  if (!dryRun) {
    fs.rmSync(path.join(copy, "node_modules"), { recursive: true, force: true })
  }
  console.log(`\n[${stage}] ${command}${dryRun ? " (npm --dry-run)" : ""}`)
  const started = Date.now()
  const { status, signal, stdout } = spawnSync("sh", ["-c", command], {
    cwd: copy,
    // A dry run lists every package it would add or remove: only its summary is shown.
    stdio: ["ignore", dryRun ? "pipe" : "inherit", "inherit"],
    encoding: "utf8",
    env: {
      ...process.env,
      ...env,
      // The image starts from an empty cache; here the machine's npm cache saves the downloads.
      npm_config_prefer_offline: "true",
      ...(dryRun ? { npm_config_dry_run: "true" } : {}),
    },
  })
  if (dryRun) {
    console.log(status === 0 ? stdout.trim().split("\n").pop() : stdout)
  }
  if (status !== 0) {
    console.error(
      `\n[${stage}] \`${command}\` failed (${signal ?? `exit ${status}`}): the image build would stop here.` +
        "\nIf npm ci reports packages missing from the lock file, refresh the lock with" +
        " `npm install --package-lock-only` (it records every platform's optional packages) and commit it."
    )
    process.exit(1)
  }
  console.log(`[${stage}] done in ${seconds(started)} s`)
}
console.log(
  `\nThe Dockerfile's ${installs.length} install step(s) succeed on a clean copy (${seconds(total)} s).`
)
