import { simulate } from "./limiter-sim.ts"
const rates = process.argv[2] ? [Number(process.argv[2])] : [5, 20, 50, 200]
for (const rps of rates) for (const seconds of [60, 120]) {
  const r = await simulate({ rps, burst: Math.max(3, Math.ceil(rps / 5)) }, {}, seconds)
  console.log(rps, seconds, "refused", r.refused, "share", (100 * r.refused / (r.accepted + r.refused)).toFixed(2), "ofLimit", (100 * r.accepted / seconds / rps).toFixed(1), "to90", r.secondsTo90, "at", r.refusedAt.map((t) => (t / 1000).toFixed(1)).join(" "))
}
