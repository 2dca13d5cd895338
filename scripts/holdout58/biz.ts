// The four businesses, their own numbers (hard negatives) and their nouns in each language.
import { luhnOk, phoneSomewhere } from "./checks.ts"
import type { Rng } from "./rng.ts"

export interface Biz {
  key: string
  name: string
  domain: string
  boxes: string[]
  kinds: { order: string; item: string; num: string }
  order: (r: Rng) => string
  item: (r: Rng) => string
  /** The digits-only number, as groups (written joined by spaces or compact, said group by group). */
  num: (r: Rng) => string[]
  nouns: Record<string, [string, string, string, string]>
}
const d = (r: Rng, n: number) => r.digits(n)
/** Draws digits-only groups until they fail Luhn and are a valid phone in no region, grouped or bare. */
function digitsOnly(make: () => string[]): string[] {
  for (;;) {
    const g = make()
    const all = g.join("")
    if (!luhnOk(all) && !phoneSomewhere(g.join(" ")) && !phoneSomewhere(all)) return g
  }
}
export const BIZ: Biz[] = [
  {
    key: "yoga", name: "Tidewell Yoga & Pilates", domain: "tidewell.example", boxes: ["classes", "memberships", "hello"],
    kinds: { order: "class-booking", item: "yoga-slot", num: "pass-number" },
    order: (r) => `TWY-${1 + r.int(9)}${d(r, 4)}`,
    item: (r) => `${r.pick(["VIN", "PIL", "YIN", "HAT", "AST"])}-${r.pick(["0630", "0730", "1215", "1745", "1815", "1930"])}`,
    num: (r) => digitsOnly(() => { const x = r.pick(["8", "9"]) + d(r, 15); return x.match(/..../g)! }),
    nouns: {
      en: ["class pass", "booking", "class", "pass number"], de: ["Kurskarte", "Buchung", "Kurs", "Kartennummer"], fr: ["carte de cours", "réservation", "cours", "numéro de carte"],
      es: ["bono de clases", "reserva", "clase", "número de bono"], it: ["carnet di lezioni", "prenotazione", "corso", "numero tessera"],
      nl: ["lessenkaart", "boeking", "les", "kaartnummer"], pt: ["cartão de aulas", "reserva", "aula", "número do cartão"],
    },
  },
  {
    key: "dance", name: "Pirouette Dance Academy", domain: "pirouette.example", boxes: ["office", "enrolments", "shows"],
    kinds: { order: "enrolment-number", item: "class-level", num: "pupil-number" },
    order: (r) => `PDA-26-${d(r, 4)}`,
    item: (r) => r.pick(["BAL-G3", "BAL-G5", "SAL-2", "HIP-1", "TAP-G4", "CON-3", "JAZ-2"]),
    num: (r) => digitsOnly(() => { const x = "7" + d(r, 11); return x.match(/..../g)! }),
    nouns: {
      en: ["term enrolment", "enrolment", "class level", "pupil number"], de: ["Kursanmeldung", "Anmeldung", "Kursstufe", "Schülernummer"], fr: ["inscription", "demande d'inscription", "niveau", "numéro d'élève"],
      es: ["matrícula", "matrícula", "nivel", "número de alumno"], it: ["iscrizione", "pratica di iscrizione", "livello", "numero allievo"],
      nl: ["inschrijving", "inschrijving", "niveau", "leerlingnummer"], pt: ["inscrição", "inscrição", "nível", "número de aluno"],
    },
  },
  {
    key: "cheese", name: "Hollowmere Cheese Cellar", domain: "hollowmere.example", boxes: ["orders", "cellar", "wholesale"],
    kinds: { order: "cheese-order", item: "cheese-lot", num: "wheel-number" },
    order: (r) => `HMC-${1 + r.int(9)}${d(r, 4)}`,
    item: (r) => `L-${r.pick(["24", "25", "26"])}/${1 + r.int(3)}${d(r, 2)}`,
    num: (r) => digitsOnly(() => { const x = String(1 + r.int(9)) + d(r, 17); return x.match(/....../g)! }),
    nouns: {
      en: ["cheese box", "order", "lot", "wheel number"], de: ["Käsebox", "Bestellung", "Charge", "Laibnummer"], fr: ["box de fromages", "commande", "lot", "numéro de meule"],
      es: ["caja de quesos", "compra", "lote", "número de pieza"], it: ["box di formaggi", "spedizione", "lotto", "numero forma"],
      nl: ["kaaspakket", "bestelling", "partij", "kaasnummer"], pt: ["cabaz de queijos", "encomenda", "lote", "número da peça"],
    },
  },
  {
    key: "surf", name: "Breakwater Surf School", domain: "breakwater.example", boxes: ["lessons", "hire", "hello"],
    kinds: { order: "lesson-booking", item: "board-code", num: "surf-voucher" },
    order: (r) => `BWS-${1 + r.int(9)}${d(r, 5)}`,
    item: (r) => r.pick(["MAL-92", "FSH-58", "FUN-72", "SFT-80", "GUN-64", "SFT-70"]),
    num: (r) => digitsOnly(() => { const x = "3" + r.pick(["0", "1", "2", "3", "5", "6", "8", "9"]) + d(r, 13); return [x.slice(0, 4), x.slice(4, 10), x.slice(10)] }),
    nouns: {
      en: ["surf lesson", "booking", "board", "voucher number"], de: ["Surfstunde", "Buchung", "Brett", "Gutscheinnummer"], fr: ["cours de surf", "réservation", "planche", "numéro de bon"],
      es: ["clase de surf", "reserva", "tabla", "número de vale"], it: ["lezione di surf", "prenotazione", "tavola", "numero buono"],
      nl: ["surfles", "boeking", "plank", "bonnummer"], pt: ["aula de surf", "reserva", "prancha", "número do vale"],
    },
  },
]
