// Per locale: names of many origins, the phone region, mail domain, places.
export interface Locale {
  id: string
  lang: string
  region: string
  iban: string
  first: readonly string[]
  last: readonly string[]
  domain: string
  towns: readonly string[]
  streets: readonly string[]
}

const WORLD_FIRST = ['Oluwaseun', 'Thảo', 'Mei', 'Zoë', 'Jose\u0301', 'Ahmed', 'Siobhán', 'Björn', 'Chiara', 'Kwame', 'Yuki', 'Fatima']
const WORLD_LAST = ['Okonkwo', 'Tran', 'Nakamura', "O'Sullivan", 'Al-Farsi', 'Lindqvist', 'Ferreira', 'Mensah', 'Kowalczyk', 'Rossi']

export const LOCALES: readonly Locale[] = [
  {
    id: 'en-US', lang: 'en', region: 'US', iban: 'GB', domain: 'northgate-group.com',
    first: ['Tyler', 'Brianna', 'DeShawn', 'Megan', 'Carlos', 'Jennifer', 'Hunter', 'Latoya', 'Madison', 'Kevin', ...WORLD_FIRST],
    last: ['Johnson', 'Whitaker', 'Ramirez', 'Washington', 'Kowalski', 'Nguyen', 'McAllister', 'Goldberg', ...WORLD_LAST],
    towns: ['Columbus', 'Tampa', 'Denver', 'Austin'], streets: ['1200 Market Street', '48 Elm Ave'],
  },
  {
    id: 'en-GB', lang: 'en', region: 'GB', iban: 'GB', domain: 'northgate-group.co.uk',
    first: ['Callum', 'Niamh', 'Rhys', 'Priya', 'Oliver', 'Aoife', 'Harriet', 'Kieran', 'Imogen', 'Tariq', ...WORLD_FIRST],
    last: ['Hughes', 'Fitzgerald', 'Patel', 'Davies', 'MacLeod', 'Ashworth', 'Begum', 'Pritchard', ...WORLD_LAST],
    towns: ['Leeds', 'Swindon', 'Glasgow', 'Reading'], streets: ['14 Canal Wharf', '3 Station Road'],
  },
  {
    id: 'en-IN', lang: 'en', region: 'IN', iban: 'GB', domain: 'northgate-india.in',
    first: ['Aarav', 'Priyanka', 'Venkatesh', 'Ananya', 'Rohit', 'Lakshmi', 'Sandeep', 'Divya', 'Harpreet', 'Mohammed', ...WORLD_FIRST],
    last: ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Nair', 'Gupta', 'Chatterjee', 'Singh', ...WORLD_LAST],
    towns: ['Pune', 'Bengaluru', 'Hyderabad', 'Chennai'], streets: ['Tower B, Magarpatta City', 'Outer Ring Road'],
  },
  {
    id: 'en-PH', lang: 'en', region: 'PH', iban: 'GB', domain: 'northgate-ph.com',
    first: ['Maricel', 'Jomar', 'Kristine', 'Rodel', 'Jhoanna', 'Mark Anthony', 'Princess', 'Angelo', 'Lovely', 'Reynaldo', ...WORLD_FIRST],
    last: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Macapagal', 'Ocampo', 'Garcia', ...WORLD_LAST],
    towns: ['Taguig', 'Cebu City', 'Pasig', 'Makati'], streets: ['32nd Street, BGC', 'Ayala Avenue'],
  },
  {
    id: 'de', lang: 'de', region: 'DE', iban: 'DE', domain: 'northgate-group.de',
    first: ['Jürgen', 'Svenja', 'Mehmet', 'Annika', 'Dariusz', 'Friederike', 'Lukas', 'Ayşe', 'Torben', 'Marlene', ...WORLD_FIRST],
    last: ['Müller', 'Weißenborn', 'Yılmaz', 'Schäfer', 'von Ahlen', 'Krüger', 'Nowak', 'Hoffmann', ...WORLD_LAST],
    towns: ['Eschborn', 'Bielefeld', 'Leipzig', 'Mannheim'], streets: ['Mainzer Landstraße 50', 'Industriestr. 7'],
  },
  {
    id: 'fr', lang: 'fr', region: 'FR', iban: 'FR', domain: 'northgate-group.fr',
    first: ['Amélie', 'Théo', 'Karim', 'Ségolène', 'Jean-Baptiste', 'Inès', 'Gaëlle', 'Mamadou', 'Hélène', 'Loïc', ...WORLD_FIRST],
    last: ['Lefèvre', 'Dubois', 'Benali', 'Da Silva', 'Rousseau', 'Ngoma', 'Lemaire', 'Faure', ...WORLD_LAST],
    towns: ['Lyon', 'Nanterre', 'Lille', 'Toulouse'], streets: ['12 rue de la Paix', '5 avenue Jean Jaurès'],
  },
  {
    id: 'es', lang: 'es', region: 'ES', iban: 'ES', domain: 'northgate-group.es',
    first: ['Alejandro', 'Nuria', 'Íñigo', 'Lucía', 'Jordi', 'Begoña', 'Xabier', 'Rocío', 'Álvaro', 'Montserrat', ...WORLD_FIRST],
    last: ['García Núñez', 'Etxeberria', 'Fernández', 'Puig', 'Ibáñez', 'Martín', 'Sánchez de la Torre', 'Ruiz', ...WORLD_LAST],
    towns: ['Madrid', 'Sevilla', 'Bilbao', 'Valencia'], streets: ['Calle de Alcalá 120', 'Avda. Diagonal 640'],
  },
  {
    id: 'pl', lang: 'pl', region: 'PL', iban: 'PL', domain: 'northgate-group.pl',
    first: ['Łukasz', 'Agnieszka', 'Grzegorz', 'Małgorzata', 'Paweł', 'Zofia', 'Wojciech', 'Katarzyna', 'Jędrzej', 'Oksana', ...WORLD_FIRST],
    last: ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Lewandowska', 'Grabowski', 'Bondarenko', ...WORLD_LAST],
    towns: ['Kraków', 'Wrocław', 'Gdańsk', 'Łódź'], streets: ['ul. Marszałkowska 84', 'al. Jerozolimskie 100'],
  },
  {
    id: 'ro', lang: 'ro', region: 'RO', iban: 'RO', domain: 'northgate-group.ro',
    first: ['Andreea', 'Mihai', 'Ioana', 'Răzvan', 'Alexandra', 'Ștefan', 'Bianca', 'Cătălin', 'Irina', 'Florin', ...WORLD_FIRST],
    last: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Constantinescu', 'Munteanu', 'Țurcanu', 'Gheorghiu', ...WORLD_LAST],
    towns: ['Cluj-Napoca', 'Iași', 'Timișoara', 'București'], streets: ['Bd. Unirii 15', 'Str. Memorandumului 28'],
  },
]
