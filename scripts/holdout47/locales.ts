// The corpus's 24 locales: country, language of the words, Intl tag, currency and the mail providers people use.
import type { CountryCode } from "libphonenumber-js/max"

export interface Locale { tag: string; cc: CountryCode; lang: string; currency: string; iban: boolean; domains: string[] }

const L = (tag: string, cc: CountryCode, currency: string, iban: boolean, domains: string[]): Locale => ({ tag, cc, lang: tag.slice(0, 2), currency, iban, domains })

export const LOCALES: Locale[] = [
  L("en-GB", "GB", "GBP", true, ["btinternet.com", "gmail.com", "outlook.com", "sky.com"]),
  L("en-AU", "AU", "AUD", false, ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"]),
  L("en-ZA", "ZA", "ZAR", false, ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"]),
  L("en-SG", "SG", "SGD", false, ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"]),
  L("en-US", "US", "USD", false, ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"]),
  L("en-GH", "GH", "GHS", false, ["gmail.com", "yahoo.com", "outlook.com", "ug.edu.gh"]),
  L("sv-SE", "SE", "SEK", true, ["telia.com", "gmail.com", "hotmail.se", "bredband.net"]),
  L("fi-FI", "FI", "EUR", true, ["gmail.com", "elisanet.fi", "outlook.com", "kolumbus.fi"]),
  L("et-EE", "EE", "EUR", true, ["mail.ee", "gmail.com", "hot.ee", "neti.ee"]),
  L("pl-PL", "PL", "PLN", true, ["wp.pl", "onet.pl", "gmail.com", "interia.pl"]),
  L("cs-CZ", "CZ", "CZK", true, ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"]),
  L("ro-RO", "RO", "RON", true, ["yahoo.ro", "gmail.com", "outlook.com", "rdslink.ro"]),
  L("hr-HR", "HR", "EUR", true, ["gmail.com", "net.hr", "t-com.hr", "outlook.com"]),
  L("el-GR", "GR", "EUR", true, ["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.gr"]),
  L("tr-TR", "TR", "TRY", true, ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]),
  L("it-IT", "IT", "EUR", true, ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"]),
  L("pt-BR", "BR", "BRL", false, ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"]),
  L("pt-PT", "PT", "EUR", true, ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"]),
  L("fr-FR", "FR", "EUR", true, ["orange.fr", "free.fr", "gmail.com", "laposte.net"]),
  L("de-DE", "DE", "EUR", true, ["web.de", "gmx.de", "t-online.de", "gmail.com"]),
  L("de-AT", "AT", "EUR", true, ["gmx.at", "aon.at", "chello.at", "gmail.com"]),
  L("es-ES", "ES", "EUR", true, ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es"]),
  L("es-CL", "CL", "CLP", false, ["gmail.com", "vtr.net", "hotmail.cl", "entel.cl"]),
  L("is-IS", "IS", "ISK", true, ["simnet.is", "gmail.com", "internet.is", "visir.is"]),
]
