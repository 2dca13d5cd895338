import * as v from "valibot"

/**
 * `settings.anonymize.approval`: the targets a `cxedge anonymize` run needs an approved plan for
 * (`--plan`, `jobs approve`, `jobs run`). Against the embedded sandbox (no tenant configured)
 * nothing is required unless `sandbox` is true.
 */
export const ApprovalConfig = v.strictObject({
  require: v.optional(v.array(v.picklist(["patch", "erasure", "export"], "must be patch, erasure or export")), []),
  sandbox: v.optional(v.boolean(), false),
}, "is not an approval setting: use require or sandbox")
export type ApprovalSettings = v.InferOutput<typeof ApprovalConfig>
