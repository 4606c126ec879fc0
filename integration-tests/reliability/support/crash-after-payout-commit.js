// Test hook, loaded with `node --require` into a worker process of the payout crash spec
// (never part of the app): once the payout module has committed the first payout and its
// ledger entry (`createPayoutWithEntry` resolved), the process kills itself with SIGKILL,
// before the workflow engine can save the step's checkpoint.
const Module = require("node:module")
const path = require("node:path")

const SERVICE = path.join("src", "modules", "payout", "service.ts")
const load = Module._load
let patched = false

Module._load = function (request, parent, isMain) {
  const exports = load.apply(this, arguments)
  if (!patched && request.endsWith("service")) {
    let file
    try {
      file = Module._resolveFilename(request, parent, isMain)
    } catch {
      return exports
    }
    const Service = exports && exports.default
    if (file.endsWith(SERVICE) && Service && Service.prototype) {
      patched = true
      const createPayoutWithEntry = Service.prototype.createPayoutWithEntry
      Service.prototype.createPayoutWithEntry = async function (...args) {
        const payout = await createPayoutWithEntry.apply(this, args)
        process.kill(process.pid, "SIGKILL")
        return payout
      }
    }
  }
  return exports
}
