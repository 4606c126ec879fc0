// Longest spec files first, so that both workers finish together. Jest does this itself
// from the timings it caches after a run, but CI starts on a clean clone without that
// cache and jest then orders by file size, which put the concurrency suites (small
// files, over a minute each) last. test-durations.json holds the seconds each file took
// in a full run; `npm test` writes a fresh copy to .data/test-durations.json.
const path = require("node:path")
const Sequencer = require("@jest/test-sequencer").default
const durations = require("./test-durations.json")

const ROOT = path.resolve(__dirname, "..")
// A file not timed yet runs among the first: it may be long, and a short one costs
// nothing at the start.
const UNKNOWN = Math.max(0, ...Object.values(durations))

class LongestFirstSequencer extends Sequencer {
  /** Milliseconds, like jest's own cache (which wins: it is this machine's last run). */
  time(test) {
    const seconds =
      durations[path.relative(ROOT, test.path).split(path.sep).join("/")]
    return super.time(test) ?? (seconds ?? UNKNOWN) * 1000
  }
}

module.exports = LongestFirstSequencer
