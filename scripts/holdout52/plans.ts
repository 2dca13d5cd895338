// Numbering plans: for each country, how to draw a national number (with its trunk prefix where it has one) of each
// line type. A draw is kept only when libphonenumber-js/max calls it valid in that very country (see phones.ts).
import type { Rng } from "./rng.ts"

export type LineType = "mobile" | "land" | "free"
type Draw = (r: Rng) => string
/** `"0161496:4 02079:6"`: a prefix and how many random digits follow it. */
const from = (spec: string): Draw => {
  const opts = spec.split(" ").map((s) => s.split(":") as [string, string])
  return (r) => {
    const [p, n] = r.pick(opts)
    return p + r.digits(Number(n))
  }
}
/** North American: area code, exchange 2-9 (never 555), line. */
const nanp = (areas: string[]): Draw => (r) => {
  let ex = ""
  do ex = String(r.int(2, 9)) + r.digits(2)
  while (ex === "555" || ex.endsWith("11"))
  return r.pick(areas) + ex + r.digits(4)
}

export const PLANS: Record<string, Record<LineType, Draw>> = {
  US: { mobile: nanp(["212", "312", "415", "617", "206", "303", "512", "404", "305", "702"]), land: nanp(["718", "773", "213", "215", "614", "503"]), free: nanp(["800", "888", "877", "866"]) },
  CA: { mobile: nanp(["416", "604", "514", "403", "647", "778"]), land: nanp(["613", "902", "780", "204", "819", "306"]), free: nanp(["800", "888", "877"]) },
  GB: { mobile: from("07700:6 07712:6 07825:6 07911:6 07456:6 07387:6"), land: from("0161496:4 0113496:4 0117496:4 0131496:4 02079:6 02920:6"), free: from("0800:7 0808:7") },
  IE: { mobile: from("083:7 085:7 086:7 087:7 089:7"), land: from("01:7 021:7 091:7 061:6"), free: from("1800:6") },
  AU: { mobile: from("0412:6 0423:6 0438:6 0455:6 0491:6"), land: from("02:8 03:8 07:8 08:8"), free: from("1800:6") },
  NZ: { mobile: from("021:7 022:7 027:7"), land: from("09:7 04:7 03:7 07:7"), free: from("0800:6") },
  IN: { mobile: from("98:8 97:8 91:8 88:8 70:8 63:8"), land: from("01123:6 08026:6 02226:6 04428:6"), free: from("1800:7") },
  ZA: { mobile: from("082:7 083:7 072:7 071:7 061:7"), land: from("011:7 021:7 031:7 012:7"), free: from("0800:6") },
  DE: { mobile: from("0151:8 0160:7 0170:7 0176:8 0152:8"), land: from("030:8 089:7 040:8 069:7 0221:7"), free: from("0800:7") },
  FR: { mobile: from("06:8 07:8"), land: from("01:8 02:8 03:8 04:8 05:8"), free: from("0800:6 0805:6") },
  ES: { mobile: from("6:8 71:7 72:7"), land: from("91:7 93:7 95:7 96:7"), free: from("900:6") },
  IT: { mobile: from("320:7 333:7 347:7 340:7 366:7"), land: from("06:8 02:8 011:7 055:7"), free: from("800:6") },
  NL: { mobile: from("06:8"), land: from("020:7 010:7 030:7 070:7"), free: from("0800:4") },
  PT: { mobile: from("91:7 92:7 93:7 96:7"), land: from("21:7 22:7 239:6 289:6"), free: from("800:6") },
  PL: { mobile: from("50:7 51:7 60:7 66:7 69:7 79:7 88:7"), land: from("22:7 12:7 58:7 61:7 71:7"), free: from("800:6") },
  SE: { mobile: from("070:7 072:7 073:7 076:7"), land: from("08:7 031:6 040:6"), free: from("020:6") },
  DK: { mobile: from("20:6 30:6 40:6 50:6 60:6 28:6 31:6 42:6 61:6"), land: from("33:6 35:6 38:6 45:6 86:6 98:6"), free: from("80:6") },
  CZ: { mobile: from("601:6 603:6 604:6 605:6 720:6 731:6 777:6"), land: from("2:8 37:7 38:7 46:7 54:7"), free: from("800:6") },
  AT: { mobile: from("0664:7 0676:7 0699:8"), land: from("01:7"), free: from("0800:6") },
  BE: { mobile: from("0470:6 0475:6 0486:6"), land: from("02:7 03:7"), free: from("0800:5") },
}
