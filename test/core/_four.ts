import { simulate } from "./limiter-sim.ts"
const control = JSON.parse(process.argv[2] ?? "{}")
for (const [rps, seconds] of [[5, 60], [5, 120], [20, 40], [50, 40], [200, 40], [200, 120]] as const) for (const latencyMs of [2, 20]) {
  const r = await simulate({ rps, burst: Math.max(3, Math.ceil(rps / 5)), latencyMs }, { control }, seconds)
  console.log(`${rps}/s ${seconds}s l${latencyMs}: refused ${r.refused} ${(100 * r.refused / (r.accepted + r.refused)).toFixed(2)}% ofLimit ${(100 * r.accepted / seconds / rps).toFixed(1)}% to90 ${r.secondsTo90} at ${r.refusedAt.slice(0, 12).map((t) => (t / 1000).toFixed(1)).join(" ")}`)
}
