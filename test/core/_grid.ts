import { simulate } from "./limiter-sim.ts"
const seconds = Number(process.argv[2] ?? 60)
const only = process.argv[3] ? [Number(process.argv[3])] : [3, 5, 7, 10, 13, 20, 35, 50, 80, 120, 200, 300]
for (const rps of only) for (const burst of [Math.max(3, Math.ceil(rps / 5)), Math.max(1, Math.ceil(rps))]) for (const latencyMs of [2, 20, 150]) {
  const r = await simulate({ rps, burst, latencyMs }, {}, seconds)
  const share = r.refused / (r.accepted + r.refused)
  const flag = share > 0.01 || r.accepted / seconds / rps < 0.9 || r.secondsTo90 > 10 ? " <<<" : ""
  console.log(`${rps}/s b${burst} l${latencyMs}: refused ${r.refused} ${(100 * share).toFixed(2)}% ofLimit ${(100 * r.accepted / seconds / rps).toFixed(1)}% to90 ${r.secondsTo90} at ${r.refusedAt.slice(0, 12).map((t) => (t / 1000).toFixed(1)).join(" ")}${flag}`)
}
