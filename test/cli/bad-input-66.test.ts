// Bad input, round 66 (a review's sweep of the lifecycle commands): --until alone before the erasure window's default
// start was an empty window, and the person's contacts were left with "no contact carries this address", exit 0;
// --sandbox with a tenant configured said "no tenant configured".
import { refusalRound } from "./refusal-harness.ts"

refusalRound("bad input, round 66", "cxedge-bad66-", [
  {
    name: "erase --until before the window's default start, no --since (was: an empty window, exit 0)",
    args: ["erase", "--email", "ann@example.com", "--until", "2020-01-01", "--dry-run"],
    says: /^\[cxedge\] \[erase\] --until 2020-01-01T00:00:00\.000Z is not after the window's default start, \S+ \(settings\.anonymize\.erasureWindowDays, 90 days before now\): give --since before it too$/,
  },
  {
    name: "erase --until with --since before it is taken",
    args: ["erase", "--email", "ann@example.com", "--since", "2019-01-01", "--until", "2020-01-01", "--dry-run"],
    code: 0,
    says: /dry run: 0 contact\(s\) and 1 Privacy erasure\(s\) would be sent/,
  },
  {
    name: "--sandbox with a tenant configured says the sandbox was asked for (was: 'no tenant configured', a false reason)",
    args: ["tenant", "whoami", "--sandbox"],
    env: { CXEDGE_ISSUER: "https://cxone.example.com" },
    code: 0,
    says: /^\[info\] using the embedded sandbox tenant "acme" \(--sandbox\)$/m,
  },
])
