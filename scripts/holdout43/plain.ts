// A text with no PII at all: the business's own numbers, dates, amounts, name-like words and invalid lookalikes.
import type { Scene } from "./scene.ts"

export function plain(s: Scene) {
  const { r, w } = s
  s.t(`${s.topic} — `).date().t(", ").range().t("\n")
  s.num().t(" · ").num().t(" · ").word().t("\n")
  s.t(`${w.amount}: `).amount().t(" (").dur().t(")\n")
  s.t(r.pick(["ref ", "# ", "→ "])).badCard().t(r.chance(0.5) ? " / IBAN " : "")
  if (s.d.text.endsWith("IBAN ")) s.badIban()
  if (s.loc.ssn || s.loc.nino) s.t(" / ").badSsn()
  s.t("\n").postcode().t(" · app ").version().t(" · ").word()
}
