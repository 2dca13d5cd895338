import type { State } from "./tenant.ts"

/** Every email, phone and full name the stand-in was seeded with that appears in `text`. */
export function leaked(state: State, text: string): string[] {
  const found = new Set<string>()
  for (const c of state.completed) {
    for (const value of [c.fromAddress, `${c.firstName} ${c.lastName}`]) if (text.includes(value)) found.add(value)
  }
  for (const r of state.records.values()) {
    for (const key of ["email", "phone"]) {
      const value = r.data[key]
      if (typeof value === "string" && text.includes(value)) found.add(value)
    }
  }
  return [...found]
}
