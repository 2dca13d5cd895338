/**
 * `transcript send` against a configured tenant emailed a whole transcript to any address without asking. Off a
 * terminal it now needs --yes, and is refused before any call without it (the harness checks the tenant unchanged).
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const rows: RefusalRow[] = [
  {
    name: "transcript send to a configured tenant without --yes (no terminal)",
    tenant: true,
    args: ["transcript", "send", "--contact", "600042000001", "--to", "ada@example.com"],
    says: /^\[cxedge\] \[transcript\] refusing to send a transcript from a real tenant without confirmation: re-run with --yes$/,
    after: (_, printed) => {
      if (printed.output.includes("ada@example.com")) throw new Error("the address was shown unmasked")
    },
  },
]

refusalRound("transcript send asks first", "cxedge-transcript-yes-", rows)
