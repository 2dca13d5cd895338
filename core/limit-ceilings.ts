/**
 * The limits with each floor or start above the ceiling given for this run (`--rps`, a variable) lowered to it: it is
 * the most the run may use, whatever the file says; refusing sent the operator to edit a shared file for one run.
 * Floors crossed within the file itself are a mistake, and refused (checkCrossedLimits).
 */
export function lowerToCeilings<L extends object>(limits: L, ceilings: Record<string, number | undefined>): L {
  const lowered = { ...limits } as Record<string, unknown>
  for (const [key, ceiling] of Object.entries(ceilings)) {
    const value = lowered[key]
    if (ceiling !== undefined && typeof value === "number" && value > ceiling) lowered[key] = ceiling
  }
  return lowered as L
}
