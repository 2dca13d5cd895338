// Texts that hold only negatives: business numbers, dates, amounts, near-miss cards/IBANs/SSNs/NINOs,
// national ids, versions and name-words used as words. No person, no labeled value.
import type { Scene } from "./scene.ts";
import { proseFields, type Field } from "./extras.ts";
import { safe, version } from "./business.ts";

function rows(S: Scene, n: number, sep: string, open = "", close = ""): void {
  for (let i = 0; i < n; i++) {
    S.lit(open).ref().lit(sep).date().lit(sep).ref().lit(sep);
    if (sep === ",") S.lit('"').amount().lit('"');
    else S.amount();
    S.lit(close + "\n");
  }
}

export function negOnly(S: Scene, kind: string, F: Field[]): void {
  const P = S.ph;
  const b = P.biz[S.biz];
  switch (kind) {
    case "csv":
      S.lit("ref,date,item,amount\n");
      rows(S, S.r.int(3, 5), ",");
      break;
    case "table":
      S.lit(`| ${P.ref} | ${P.date} | # | ${P.amount} |\n|---|---|---|---|\n`);
      rows(S, S.r.int(3, 5), " | ", "| ", " |");
      break;
    case "json":
      S.lit('{"ref": "').ref().lit('", "date": "').date().lit('", "items": ["').ref().lit('", "').ref().lit('"], "total": "').amount().lit('", "build": "');
      S.doc.neg("version", safe(S.r, S.region, version).value);
      S.lit('"}');
      break;
    case "yaml":
      S.lit("batch:\n  ref: ").ref().lit('\n  date: "').date().lit('"\n  items:\n    - ').ref().lit("\n    - ").ref().lit("\n  total: ").amount().lit("\n");
      break;
    case "log":
      for (let i = 0; i < 4; i++) S.lit(`2025-0${S.r.int(1, 9)}-2${S.r.int(0, 8)}T0${S.r.int(0, 9)}:1${S.r.int(0, 9)}:00Z INFO job.${S.biz} ref=`).ref().lit(" at=").time().lit("\n");
      break;
    default:
      S.lit(`${b.name} — ${b.title}\n`).line(0).lit(" ").line(1).lit(" ").line(2).lit("\n");
  }
  if (F.length) { S.lit("\n"); proseFields(S, F, "\n"); }
  if (S.r.chance(0.6)) S.lit("\n").wordPhrase().lit(".");
}
