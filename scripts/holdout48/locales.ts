// The 24 locales (20 texts each): language pack, country, currency, e-mail domains, and whether people there pay by IBAN.
import type { CountryCode } from "libphonenumber-js/max"

export interface Locale {
  tag: string
  /** Key of the language pack and of the digit words. */
  lang: string
  cc: CountryCode
  currency: string
  domains: string[]
  /** IBAN length where IBANs are in use; undefined where a domestic account is given instead. */
  ibanLength?: number
  /** Hungarian order: family name first. */
  familyFirst?: boolean
}

const L = (tag: string, lang: string, cc: CountryCode, currency: string, domains: string, ibanLength?: number, familyFirst?: boolean): Locale =>
  ({ tag, lang, cc, currency, domains: domains.split(" "), ibanLength, familyFirst })

export const LOCALES: Locale[] = [
  L("en-IE", "en", "IE", "EUR", "eircom.net gmail.com outlook.ie", 22),
  L("en-IN", "en", "IN", "INR", "gmail.com yahoo.co.in rediffmail.com"),
  L("en-CA", "en", "CA", "CAD", "sympatico.ca gmail.com rogers.com"),
  L("en-GB", "en", "GB", "GBP", "btinternet.com outlook.com sky.com", 22),
  L("en-US", "en", "US", "USD", "yahoo.com icloud.com gmail.com"),
  L("en-MT", "en", "MT", "EUR", "maltanet.net gmail.com go.net.mt", 31),
  L("nl-NL", "nl", "NL", "EUR", "ziggo.nl kpnmail.nl gmail.com", 18),
  L("nl-BE", "nl", "BE", "EUR", "telenet.be skynet.be gmail.com", 16),
  L("da-DK", "da", "DK", "DKK", "mail.dk hotmail.dk gmail.com", 18),
  L("nb-NO", "nb", "NO", "NOK", "online.no gmail.com hotmail.no", 15),
  L("hu-HU", "hu", "HU", "HUF", "freemail.hu citromail.hu gmail.com", 28, true),
  L("sk-SK", "sk", "SK", "EUR", "azet.sk centrum.sk gmail.com", 24),
  L("sl-SI", "sl", "SI", "EUR", "siol.net gmail.com t-2.net", 19),
  L("lt-LT", "lt", "LT", "EUR", "inbox.lt gmail.com one.lt", 20),
  L("lv-LV", "lv", "LV", "EUR", "inbox.lv apollo.lv gmail.com", 21),
  L("bg-BG", "bg", "BG", "EUR", "abv.bg mail.bg gmail.com", 22),
  L("uk-UA", "uk", "UA", "UAH", "ukr.net i.ua gmail.com", 29),
  L("fr-CA", "fr", "CA", "CAD", "videotron.ca sympatico.ca gmail.com"),
  L("fr-BE", "fr", "BE", "EUR", "skynet.be proximus.be gmail.com", 16),
  L("fr-CH", "fr", "CH", "CHF", "bluewin.ch gmx.ch sunrise.ch", 21),
  L("fr-LU", "fr", "LU", "EUR", "pt.lu post.lu gmail.com", 20),
  L("de-CH", "de", "CH", "CHF", "bluewin.ch gmx.ch hispeed.ch", 21),
  L("es-MX", "es", "MX", "MXN", "hotmail.com prodigy.net.mx gmail.com"),
  L("es-AR", "es", "AR", "ARS", "hotmail.com.ar fibertel.com.ar gmail.com"),
]

export const ALL_COUNTRIES: CountryCode[] = [...new Set(LOCALES.map((l) => l.cc))]
