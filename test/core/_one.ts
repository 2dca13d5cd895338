import { simulate } from "./limiter-sim.ts"
const [rps, burst, latencyMs, seconds] = process.argv.slice(2).map(Number)
const r = await simulate({ rps: rps!, burst: burst!, latencyMs: latencyMs! }, {}, seconds ?? 60)
console.log(`refused ${r.refused} ofLimit ${(100 * r.accepted / (seconds ?? 60) / rps!).toFixed(1)} at ${r.refusedAt.map((t) => (t / 1000).toFixed(2)).join(" ")}`)
