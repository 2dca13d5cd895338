// sv-SE texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_4 = [
  t("email", `Ämne: SV: Flytt av bredband

Hej {{PERSON|Nils}},

Tack, flytten är registrerad till {{neg:date|1 juni}}. Ny adress: Kungsgatan 12, {{neg:postcode|753 21}} Uppsala.

/{{PERSON|Maria Lindholm}}, Kundtjänst
{{PHONE|018-471 20 00}}

> {{PERSON|Nils Bergkvist}} skrev {{neg:date|2026-04-28}}:
> Vi flyttar, kan ni flytta abonnemanget?`),
]
