// Regions of holdout33: a text's locale decides its language, phone plan, names, ids, dates and money.
import type { CountryCode } from 'libphonenumber-js/max';

export type Lang =
  | 'en' | 'de' | 'nl' | 'sv' | 'fi' | 'es' | 'fr' | 'it' | 'pl' | 'cs' | 'pt' | 'et' | 'hr' | 'sr' | 'mt' | 'uk' | 'ro';

export interface Locale {
  id: string;
  lang: Lang;
  region: CountryCode;
  /** name pools (see names.ts); the first is the majority pool */
  pools: string[];
  /** national significant number patterns (see prng.fill): mobiles, then landlines */
  mobile: string[];
  fixed: string[];
  /** national id generator key (ids.ts) */
  idKind: string;
  iban?: string;
  currency: string;
  /** date order: dmy with separator, ymd, mdy */
  date: 'dmy.' | 'dmy/' | 'dmy-' | 'ymd' | 'mdy/';
  /** texts of this locale may be written in NFD */
  nfdOk?: boolean;
}

export const LOCALES: Locale[] = [
  // English-speaking regions
  { id: 'pk', lang: 'en', region: 'PK', pools: ['punjabi', 'urdu'], mobile: ['30########', '31########', '32########', '33########', '34########'], fixed: ['423#######', '213#######', '51#######'], idKind: 'cnic', iban: 'PK', currency: 'PKR', date: 'dmy/' },
  { id: 'bd', lang: 'en', region: 'BD', pools: ['bengali'], mobile: ['17########', '18########', '19########', '15########', '13########'], fixed: ['2########'], idKind: 'bdnid', currency: 'BDT', date: 'dmy/' },
  { id: 'lk', lang: 'en', region: 'LK', pools: ['sinhala', 'tamil'], mobile: ['77#######', '71#######', '76#######', '70#######', '75#######'], fixed: ['112######', '812######'], idKind: 'lknic', currency: 'LKR', date: 'ymd' },
  { id: 'my', lang: 'en', region: 'MY', pools: ['malay', 'tamil', 'cantonese'], mobile: ['12#######', '13#######', '16#######', '19#######', '11########'], fixed: ['3########'], idKind: 'mykad', currency: 'MYR', date: 'dmy/' },
  { id: 'hk', lang: 'en', region: 'HK', pools: ['cantonese'], mobile: ['9#######', '6#######', '5#######'], fixed: ['2#######', '3#######'], idKind: 'hkid', currency: 'HKD', date: 'dmy/' },
  { id: 'wales', lang: 'en', region: 'GB', pools: ['welsh', 'english'], mobile: ['77########', '78########', '79########', '74########'], fixed: ['2920######', '1792######', '1248######'], idKind: 'none', iban: 'GB', currency: 'GBP', date: 'dmy/' },
  { id: 'ni', lang: 'en', region: 'GB', pools: ['irish', 'english'], mobile: ['77########', '78########', '75########'], fixed: ['2890######', '2871######'], idKind: 'none', iban: 'GB', currency: 'GBP', date: 'dmy/' },
  { id: 'hawaii', lang: 'en', region: 'US', pools: ['hawaiian', 'english'], mobile: ['808~######'], fixed: ['808~######'], idKind: 'none', currency: 'USD', date: 'mdy/' },
  { id: 'alaska', lang: 'en', region: 'US', pools: ['inuit', 'english'], mobile: ['907~######'], fixed: ['907~######'], idKind: 'none', currency: 'USD', date: 'mdy/' },
  { id: 'tas', lang: 'en', region: 'AU', pools: ['english'], mobile: ['4########'], fixed: ['362######', '363######', '364######'], idKind: 'none', currency: 'AUD', date: 'dmy/' },
  { id: 'prairies', lang: 'en', region: 'CA', pools: ['english', 'punjabi'], mobile: ['204~######', '306~######', '403~######', '780~######', '587~######', '431~######', '639~######', '825~######'], fixed: ['204~######', '306~######'], idKind: 'none', currency: 'CAD', date: 'ymd' },
  { id: 'ke', lang: 'en', region: 'KE', pools: ['kikuyu', 'luo'], mobile: ['7########', '11#######'], fixed: ['20#######'], idKind: 'none', currency: 'KES', date: 'dmy/' },
  { id: 'tt', lang: 'en', region: 'TT', pools: ['indotrini', 'english'], mobile: ['868~######'], fixed: ['868~######'], idKind: 'none', currency: 'TTD', date: 'dmy/' },
  // Other languages
  { id: 'de', lang: 'de', region: 'DE', pools: ['german', 'turkish'], mobile: ['15#########', '16########', '17#########', '17########'], fixed: ['30########', '89#######', '221#######'], idKind: 'steuerid', iban: 'DE', currency: 'EUR', date: 'dmy.', nfdOk: true },
  { id: 'at', lang: 'de', region: 'AT', pools: ['german', 'bcs'], mobile: ['664#######', '676#######', '699########', '650#######'], fixed: ['1#######', '316######'], idKind: 'svnr', iban: 'AT', currency: 'EUR', date: 'dmy.', nfdOk: true },
  { id: 'nl', lang: 'nl', region: 'NL', pools: ['dutch', 'moroccan'], mobile: ['6########'], fixed: ['20#######', '10#######', '30#######'], idKind: 'bsn', iban: 'NL', currency: 'EUR', date: 'dmy-' },
  { id: 'se', lang: 'sv', region: 'SE', pools: ['swedish'], mobile: ['70#######', '72#######', '73#######', '76#######'], fixed: ['8#######', '31######'], idKind: 'pnr', iban: 'SE', currency: 'SEK', date: 'ymd', nfdOk: true },
  { id: 'fi', lang: 'fi', region: 'FI', pools: ['finnish'], mobile: ['40#######', '50#######', '45#######'], fixed: ['9#######'], idKind: 'hetu', iban: 'FI', currency: 'EUR', date: 'dmy.', nfdOk: true },
  { id: 'es', lang: 'es', region: 'ES', pools: ['spanish'], mobile: ['6########', '7########'], fixed: ['91#######', '93#######'], idKind: 'dni', iban: 'ES', currency: 'EUR', date: 'dmy/', nfdOk: true },
  { id: 'cl', lang: 'es', region: 'CL', pools: ['spanish', 'mapuche'], mobile: ['9########'], fixed: ['22#######'], idKind: 'rut', currency: 'CLP', date: 'dmy-', nfdOk: true },
  { id: 'pe', lang: 'es', region: 'PE', pools: ['spanish', 'quechua'], mobile: ['9########'], fixed: ['1#######'], idKind: 'pedni', currency: 'PEN', date: 'dmy/' },
  { id: 'co', lang: 'es', region: 'CO', pools: ['spanish'], mobile: ['30########', '31########', '32########'], fixed: ['601#######', '604#######'], idKind: 'cocc', currency: 'COP', date: 'dmy/', nfdOk: true },
  { id: 'fr', lang: 'fr', region: 'FR', pools: ['french', 'maghreb'], mobile: ['6########', '7########'], fixed: ['1########', '4########'], idKind: 'none', iban: 'FR', currency: 'EUR', date: 'dmy/', nfdOk: true },
  { id: 'it', lang: 'it', region: 'IT', pools: ['italian'], mobile: ['33########', '34########', '32########'], fixed: ['06########', '02########'], idKind: 'cf', iban: 'IT', currency: 'EUR', date: 'dmy/', nfdOk: true },
  { id: 'pl', lang: 'pl', region: 'PL', pools: ['polish'], mobile: ['50#######', '60#######', '69#######', '79#######'], fixed: ['22#######', '12#######'], idKind: 'pesel', iban: 'PL', currency: 'PLN', date: 'dmy.', nfdOk: true },
  { id: 'cz', lang: 'cs', region: 'CZ', pools: ['czech'], mobile: ['60#######', '72#######', '77#######'], fixed: ['2########'], idKind: 'rc', iban: 'CZ', currency: 'CZK', date: 'dmy.', nfdOk: true },
  { id: 'br', lang: 'pt', region: 'BR', pools: ['brazilian'], mobile: ['119########', '219########', '319########'], fixed: ['113#######', '213#######'], idKind: 'cpf', iban: 'BR', currency: 'BRL', date: 'dmy/', nfdOk: true },
  { id: 'ee', lang: 'et', region: 'EE', pools: ['estonian'], mobile: ['5#######', '5######'], fixed: ['6######'], idKind: 'isikukood', iban: 'EE', currency: 'EUR', date: 'dmy.', nfdOk: true },
  { id: 'hr', lang: 'hr', region: 'HR', pools: ['bcs'], mobile: ['91#######', '98#######', '95#######'], fixed: ['1#######'], idKind: 'oib', iban: 'HR', currency: 'EUR', date: 'dmy.', nfdOk: true },
  { id: 'rs', lang: 'sr', region: 'RS', pools: ['bcs'], mobile: ['6########', '6#######'], fixed: ['11#######'], idKind: 'jmbg', iban: 'RS', currency: 'RSD', date: 'dmy.', nfdOk: true },
  { id: 'mt', lang: 'mt', region: 'MT', pools: ['maltese'], mobile: ['79######', '99######'], fixed: ['21######'], idKind: 'mtid', iban: 'MT', currency: 'EUR', date: 'dmy/' },
  { id: 'ua', lang: 'uk', region: 'UA', pools: ['ukrainian'], mobile: ['50#######', '67#######', '96#######', '63#######'], fixed: ['44#######'], idKind: 'rnokpp', iban: 'UA', currency: 'UAH', date: 'dmy.', nfdOk: true },
  { id: 'ro', lang: 'ro', region: 'RO', pools: ['romanian'], mobile: ['72#######', '74#######', '75#######'], fixed: ['21#######'], idKind: 'cnp', iban: 'RO', currency: 'RON', date: 'dmy.', nfdOk: true },
];

export const EN_LOCALES = LOCALES.filter((l) => l.lang === 'en');
export const OTHER_LOCALES = LOCALES.filter((l) => l.lang !== 'en');

/** Regions whose phones a text of language `lang` may hold. */
export function regionsOfLang(lang: Lang): CountryCode[] {
  return [...new Set(LOCALES.filter((l) => l.lang === lang).map((l) => l.region))];
}
