// Reads the dependency installs out of a Dockerfile, so a check can run exactly what the
// image build runs without a Docker engine.

/** Instructions with continuation lines joined; comments and blank lines dropped. */
function instructions(text) {
  const result = []
  let current = ""
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!current && (line === "" || line.startsWith("#"))) {
      continue
    }
    if (current && line.startsWith("#")) {
      continue
    }
    if (line.endsWith("\\")) {
      current += `${line.slice(0, -1).trim()} `
      continue
    }
    current += line
    const match = /^(\S+)\s*(.*)$/s.exec(current)
    result.push({ keyword: match[1].toUpperCase(), args: match[2].trim() })
    current = ""
  }
  if (current.trim()) {
    throw new Error(
      `Dockerfile ends inside a continued line: ${current.trim()}`
    )
  }
  return result
}

/** `ENV A=1 B="two words"` (or the legacy `ENV A 1`) as an object. */
function envAssignments(args) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(args)) {
    const [name, ...rest] = args.split(/\s+/)
    return { [name]: rest.join(" ") }
  }
  const env = {}
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g
  for (const [, name, value] of args.matchAll(pattern)) {
    env[name] = /^["']/.test(value)
      ? value.slice(1, -1).replace(/\\(.)/g, "$1")
      : value
  }
  return env
}

/** The shell command of a RUN instruction, without BuildKit flags such as `--mount=...`. */
function runCommand(args) {
  if (args.startsWith("[")) {
    return JSON.parse(args).join(" ")
  }
  return args.replace(/^(--[a-z-]+=\S+\s+)+/, "")
}

const INSTALL = /^npm\s+(ci|install|i|clean-install)(\s|$)/

/**
 * Every `npm ci` / `npm install` the image build runs, with its stage and the ENV set in the
 * stage before it. Other commands chained with `&&` (cache cleaning, ...) are left out.
 */
function installCommands(text) {
  const installs = []
  let stage
  for (const { keyword, args } of instructions(text)) {
    if (keyword === "FROM") {
      const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? args.split(/\s+/)[0]
      stage = { name, env: {} }
    } else if (!stage) {
      continue
    } else if (keyword === "ENV") {
      Object.assign(stage.env, envAssignments(args))
    } else if (keyword === "RUN") {
      for (const part of runCommand(args).split("&&")) {
        const command = part.trim()
        if (INSTALL.test(command)) {
          installs.push({ stage: stage.name, env: { ...stage.env }, command })
        }
      }
    }
  }
  return installs
}

module.exports = { installCommands }
