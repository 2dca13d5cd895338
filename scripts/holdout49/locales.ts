// The corpus's 24 locales: the Intl tag, the country, the language pack and names, the currency, whether people
// pay by IBAN there, and the mail domains people use.
import type { CountryCode } from "libphonenumber-js/max"
import { EN, EL, ET, FI, HR, IS, RO, SR, TR, type Pack } from "./lang-a.ts"
import { CS, DE, ES, FR, IT, PL, PT, SV } from "./lang-b.ts"
import { NAMES, type Names } from "./names.ts"

export interface Locale { tag: string; cc: CountryCode; pack: Pack; names: Names; cur: string; iban: boolean; domains: string[] }

const L = (tag: string, cc: CountryCode, lang: string, pack: Pack, cur: string, iban: boolean, domains: string[]): Locale => ({ tag, cc, pack, names: NAMES[lang]!, cur, iban, domains })

export const LOCALES: Locale[] = [
  L("en-US", "US", "en", EN, "USD", false, ["gmail.com", "yahoo.com", "comcast.net"]),
  L("en-GB", "GB", "en", EN, "GBP", true, ["gmail.com", "btinternet.com", "outlook.com"]),
  L("en-ZA", "ZA", "en", EN, "ZAR", false, ["gmail.com", "webmail.co.za", "mweb.co.za"]),
  L("en-NZ", "NZ", "en", EN, "NZD", false, ["xtra.co.nz", "gmail.com", "slingshot.co.nz"]),
  L("en-SG", "SG", "en", EN, "SGD", false, ["singnet.com.sg", "gmail.com", "hotmail.com"]),
  L("el-GR", "GR", "el", EL, "EUR", true, ["gmail.com", "yahoo.gr", "otenet.gr"]),
  L("tr-TR", "TR", "tr", TR, "TRY", true, ["gmail.com", "hotmail.com", "yandex.com.tr"]),
  L("ro-RO", "RO", "ro", RO, "RON", true, ["yahoo.ro", "gmail.com", "outlook.com"]),
  L("hr-HR", "HR", "hr", HR, "EUR", true, ["gmail.com", "net.hr", "t-com.hr"]),
  L("sr-Latn-RS", "RS", "sr", SR, "RSD", true, ["gmail.com", "eunet.rs", "yahoo.com"]),
  L("et-EE", "EE", "et", ET, "EUR", true, ["gmail.com", "hot.ee", "mail.ee"]),
  L("fi-FI", "FI", "fi", FI, "EUR", true, ["gmail.com", "elisanet.fi", "kolumbus.fi"]),
  L("is-IS", "IS", "is", IS, "ISK", true, ["gmail.com", "simnet.is", "internet.is"]),
  L("pt-BR", "BR", "pt", PT, "BRL", false, ["gmail.com", "uol.com.br", "bol.com.br"]),
  L("pt-PT", "PT", "pt", PT, "EUR", true, ["gmail.com", "sapo.pt", "netcabo.pt"]),
  L("es-CL", "CL", "es", ES, "CLP", false, ["gmail.com", "vtr.net", "hotmail.cl"]),
  L("es-CO", "CO", "es", ES, "COP", false, ["gmail.com", "hotmail.com", "une.net.co"]),
  L("de-AT", "AT", "de", DE, "EUR", true, ["gmx.at", "aon.at", "gmail.com"]),
  L("de-DE", "DE", "de", DE, "EUR", true, ["web.de", "gmx.de", "t-online.de"]),
  L("it-IT", "IT", "it", IT, "EUR", true, ["libero.it", "gmail.com", "tiscali.it"]),
  L("pl-PL", "PL", "pl", PL, "PLN", true, ["wp.pl", "onet.pl", "gmail.com"]),
  L("cs-CZ", "CZ", "cs", CS, "CZK", true, ["seznam.cz", "email.cz", "gmail.com"]),
  L("sv-SE", "SE", "sv", SV, "SEK", true, ["telia.com", "gmail.com", "bredband.net"]),
  L("fr-FR", "FR", "fr", FR, "EUR", true, ["orange.fr", "free.fr", "laposte.net"]),
]
export const ALL_CC = [...new Set(LOCALES.map((l) => l.cc))]
