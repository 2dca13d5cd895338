import { simulate } from "./limiter-sim.ts"
const seconds = Number(process.argv[2] ?? 60)
const control = JSON.parse(process.argv[3] ?? "{}")
let flags = 0, refusedAll = 0, worstShare = 0, worstOf = 9
const lines: string[] = []
for (const rps of [3, 5, 7, 10, 13, 20, 35, 50, 80, 120, 200]) for (const burst of [Math.max(3, Math.ceil(rps / 5)), Math.max(1, Math.ceil(rps))]) for (const latencyMs of [2, 20, 150]) {
  if (rps * latencyMs / 1000 > 24) continue
  const r = await simulate({ rps, burst, latencyMs }, { control }, seconds)
  const share = r.refused / (r.accepted + r.refused), of = r.accepted / seconds / rps
  const bad = share > 0.01 || of < 0.9 || r.secondsTo90 > 10
  flags += bad ? 1 : 0; refusedAll += r.refused; worstShare = Math.max(worstShare, share); worstOf = Math.min(worstOf, of)
  if (bad || process.env.ALL) lines.push(`${rps}/s b${burst} l${latencyMs}: refused ${r.refused} ${(100 * share).toFixed(2)}% ofLimit ${(100 * of).toFixed(1)}% to90 ${r.secondsTo90} at ${r.refusedAt.slice(0, 10).map((t) => (t / 1000).toFixed(1)).join(" ")}`)
}
console.log(lines.join("\n"))
console.log(`${JSON.stringify(control)} ${seconds}s: flagged ${flags} refused ${refusedAll} worst share ${(100 * worstShare).toFixed(2)}% worst ofLimit ${(100 * worstOf).toFixed(1)}%`)
