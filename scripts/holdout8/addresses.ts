// Holdout 8 corpus: streets and towns, many named after people; they are not PII
// and are recorded as lookalikes (a PERSON finding on them is a false positive).
import type { Piece, Rng } from './core.ts'
import type { LocaleId } from './lookalikes.ts'

const STREETS: Record<LocaleId, string[]> = {
  enUS: ['Abraham Lincoln Ave', 'Martin Luther King Jr Blvd', 'Grace Street', 'Washington St', 'Summer Brook Drive'],
  enGB: ['Victoria Road', 'Churchill Way', 'Baker Street', 'Mary Rose Close', 'Dawn Crescent'],
  sv: ['Olof Palmes gata', 'Drottninggatan', 'Karl XII:s gata', 'Selma Lagerlöfs väg', 'Birger Jarlsgatan'],
  da: ['H.C. Andersens Boulevard', 'Niels Juels Gade', 'Dronning Louises Bro', 'Søren Kierkegaards Plads'],
  nb: ['Karl Johans gate', 'Henrik Ibsens gate', 'Kristian Augusts gate', 'Sofies gate'],
  fi: ['Mannerheimintie', 'Aleksis Kiven katu', 'Runebergin katu', 'Eliel Saarisen tie'],
  es: ['Calle de Isabel la Católica', 'Avenida de Federico García Lorca', 'Calle Mayor', 'Paseo de Rosales'],
  ptBR: ['Avenida Getúlio Vargas', 'Rua Dom Pedro II', 'Rua Maria Antônia', 'Avenida Juscelino Kubitschek'],
  ptPT: ['Rua Augusta', 'Avenida Almirante Reis', 'Rua Luís de Camões', 'Praça Marquês de Pombal'],
}
const TOWNS: Record<LocaleId, string[]> = {
  enUS: ['Charlotte', 'Elizabeth', 'Jackson', 'Austin', 'Madison'], enGB: ['Shrewsbury', 'Milton Keynes', 'St Albans', 'Bristol'],
  sv: ['Jönköping', 'Kristinehamn', 'Sundsvall', 'Karlstad'], da: ['Frederiksberg', 'Aarhus', 'Esbjerg'], nb: ['Kristiansand', 'Tromsø', 'Bergen'],
  fi: ['Jyväskylä', 'Hämeenlinna', 'Oulu'], es: ['San Sebastián', 'Santa Cruz de Tenerife', 'Valladolid'],
  ptBR: ['São José dos Campos', 'Santa Maria', 'Florianópolis'], ptPT: ['Santa Maria da Feira', 'Viseu', 'Vila Nova de Gaia'],
}
const MOVE: Record<string, string> = {
  en: 'new address is {street} {no}, {town} {postcode}', sv: 'nya adressen är {street} {no}, {postcode} {town}',
  da: 'ny adresse: {street} {no}, {postcode} {town}', nb: 'ny adresse er {street} {no}, {postcode} {town}',
  fi: 'uusi osoite on {street} {no}, {postcode} {town}', es: 'la nueva dirección es {street} {no}, {postcode} {town}',
  pt: 'o novo endereço é {street}, {no}, {postcode} {town}',
}

export function addressSlots(r: Rng, loc: LocaleId): Record<string, Piece | string> {
  return {
    street: { v: r.pick(STREETS[loc]), neg: 'street-name' },
    town: { v: r.pick(TOWNS[loc]), neg: 'town' },
    no: String(r.int(1, 140)),
  }
}

export function moveTemplate(lang: string): string {
  return MOVE[lang] as string
}
