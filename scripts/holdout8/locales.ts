// Holdout 8 corpus: the nine locales (two Englishes, two Portugueses).
import type { Locale } from './locale.ts'
import { NAMES } from './names.ts'
import { EN } from './phrases-en.ts'
import { DA, FI, NB, SV } from './phrases-nordic.ts'
import { ES, PT } from './phrases-iberian.ts'

const n = (id: string) => (NAMES[id] as [string[], string[]])
const GLOBAL = ['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com']

export const LOCALES: Locale[] = [
  { id: 'enUS', lang: 'en', phones: [['US', ['212', '415', '617', '312', '206', '503', '720', '305', '512'], 10], ['CA', ['416', '604', '514', '403'], 10]],
    mail: [...GLOBAL, 'aol.com', 'comcast.net', 'mail.example-university.edu'], first: n('enUS')[0], last: n('enUS')[1],
    ids: ['my SSN is {ssn}', 'social security number {ssn}', 'SSN on file: {ssn}', 'for verification my social is {ssn}'], ibans: ['DE', 'FR', 'GB'], p: EN },
  { id: 'enGB', lang: 'en', phones: [['GB', ['07700', '07911', '07480', '0207', '0161', '0131', '0117', '029'], 11]],
    mail: [...GLOBAL, 'btinternet.com', 'hotmail.co.uk', 'sky.com', 'nhs.net'], first: n('enGB')[0], last: n('enGB')[1],
    ids: ['my NI number is {nino}', 'National Insurance no. {nino}', 'NINO {nino} for the Warm Home Discount'], ibans: ['GB', 'IE'], p: EN },
  { id: 'sv', lang: 'sv', phones: [['SE', ['070', '072', '073', '076', '079', '08'], 10]], mail: [...GLOBAL, 'telia.com', 'hotmail.se', 'bredband.net'],
    first: n('sv')[0], last: n('sv')[1], ids: [], ibans: ['SE'], p: SV },
  { id: 'da', lang: 'da', phones: [['DK', ['20', '22', '26', '28', '30', '31', '40', '42', '50', '53', '60', '61', '71', '81'], 8]], mail: [...GLOBAL, 'live.dk', 'mail.dk', 'jubii.dk'],
    first: n('da')[0], last: n('da')[1], ids: [], ibans: ['DK'], p: DA },
  { id: 'nb', lang: 'nb', phones: [['NO', ['4', '9', '22', '23', '55', '73'], 8]], mail: [...GLOBAL, 'online.no', 'hotmail.no', 'broadpark.no'],
    first: n('nb')[0], last: n('nb')[1], ids: [], ibans: ['NO'], p: NB },
  { id: 'fi', lang: 'fi', phones: [['FI', ['040', '041', '044', '045', '050'], 10], ['FI', ['09'], 9]], mail: [...GLOBAL, 'elisanet.fi', 'luukku.com', 'kolumbus.fi'],
    first: n('fi')[0], last: n('fi')[1], ids: [], ibans: ['FI'], p: FI },
  { id: 'es', lang: 'es', phones: [['ES', ['6', '7', '91', '93', '96'], 9]], mail: [...GLOBAL, 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    first: n('es')[0], last: n('es')[1], ids: [], ibans: ['ES'], p: ES },
  { id: 'ptBR', lang: 'pt', phones: [['BR', ['119', '219', '319', '479', '619', '71'], 11]], mail: [...GLOBAL, 'uol.com.br', 'bol.com.br', 'terra.com.br'],
    first: n('ptBR')[0], last: n('ptBR')[1], ids: [], ibans: ['BR'], p: PT },
  { id: 'ptPT', lang: 'pt', phones: [['PT', ['91', '92', '93', '96', '21', '22'], 9]], mail: [...GLOBAL, 'sapo.pt', 'netcabo.pt', 'iol.pt'],
    first: n('ptPT')[0], last: n('ptPT')[1], ids: [], ibans: ['PT', 'PT', 'ES'], p: PT },
]

export const COMPANIES = {
  airline: ['Nordic Skyways', 'Aerolíneas Solaris', 'BlueFjord Air', 'Atlantica Airways'],
  shop: ['Hyllan.se', 'ModaCasa', 'Kauppakassi', 'ShopNova', 'Loja Verde'],
  utility: ['Nordlys Energi', 'Aguas del Sur', 'Brightwater Utilities', 'Sähkö Pohjola', 'EnergiaViva'],
}
export const PRODUCTS = ['air fryer', 'kettle', 'Sunny 3000 heater', 'Fjällräven-style backpack', 'iPhone case', 'robot vacuum', 'Hope Valley duvet']
