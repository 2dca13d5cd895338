import { contextMatcher } from "../../../core/index.ts"

/** A date's or a time's field (`Fecha: 18/04/2026 12:38`, `Sent: …`): read as a label only, never in a sentence (`any time on 0770…`). */
export const DATE_LABELS = contextMatcher([
  "date", "datum", "fecha", "sent", "gesendet", "envoyé", "enviado", "inviato", "verzonden", "skickat", "sendt", "wysłano", "odesláno", "timestamp",
  "time", "hora", "heure", "uhrzeit", "tijd", "godzina", "ts", "created", "updated",
])
