import fs from "node:fs"
import path from "node:path"

type Install = { stage: string; env: Record<string, string>; command: string }

// The CI check that runs the image's installs reads them with this parser.
const { installCommands } = require("../../scripts/lib/dockerfile") as {
  installCommands: (text: string) => Install[]
}

const root = path.resolve(__dirname, "../..")

describe("Dockerfile install steps", () => {
  it("installs with npm ci from the lock in the build and the runtime stage", () => {
    const installs = installCommands(
      fs.readFileSync(path.join(root, "Dockerfile"), "utf8")
    )
    expect(installs.map(({ stage, command }) => ({ stage, command }))).toEqual([
      { stage: "build", command: "npm ci --no-audit --no-fund" },
      { stage: "runtime", command: "npm ci --omit=dev --no-audit --no-fund" },
    ])
    expect(installs[1].env.NODE_ENV).toBe("production")
  })

  it("reads continued lines, BuildKit flags and chained commands, and keeps each stage's ENV", () => {
    const installs = installCommands(
      [
        "# syntax=docker/dockerfile:1",
        "FROM node:20 AS deps",
        "ENV A=1 \\",
        '    B="two words"',
        "RUN apt-get update && apt-get install -y git",
        "RUN --mount=type=cache,target=/root/.npm \\",
        "  # the cache mount keeps downloads out of the image",
        "  npm ci --omit=dev \\",
        "  && npm cache clean --force",
        "FROM node:20",
        "ENV NODE_ENV production",
        'RUN ["npm", "install", "--no-save"]',
      ].join("\n")
    )
    expect(installs).toEqual([
      {
        stage: "deps",
        env: { A: "1", B: "two words" },
        command: "npm ci --omit=dev",
      },
      {
        stage: "node:20",
        env: { NODE_ENV: "production" },
        command: "npm install --no-save",
      },
    ])
  })

  it("finds no install in a Dockerfile without one", () => {
    expect(
      installCommands("FROM node:20\nRUN npm run build\nRUN echo npm ci")
    ).toEqual([])
  })
})
