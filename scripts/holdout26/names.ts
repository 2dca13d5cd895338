// Invented names by origin. Given names that are also words of the text's language sit among the others.
import type { Rng } from './prng.ts'

export interface Person { given: string; family: string; familyFirst: boolean }
export const full = (p: Person) => (p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`)

interface Pool { given: string[]; family: string[]; familyFirst?: boolean }
export const NAMES: Record<string, Pool> = {
  'en-gh': {
    given: ['Kwame', 'Akosua', 'Kofi', 'Ama', 'Yaw', 'Abena', 'Kwabena', 'Adwoa', 'Kwaku', 'Efua', 'Kojo', 'Akua', 'Esi', 'Kwesi', 'Yaa', 'Selorm', 'Elikem', 'Edem', 'Dzifa', 'Senyo', 'Mawuli', 'Faith', 'Joy', 'Comfort', 'Grace'],
    family: ['Mensah', 'Owusu', 'Asante', 'Boateng', 'Agyeman', 'Ofori', 'Amoah', 'Gyamfi', 'Agbeko', 'Dzokoto', 'Kpodo', 'Adjei', 'Tetteh', 'Ansah', 'Nkansah', 'Fiagbe', 'Amedzro', 'Awuku'],
  },
  'en-mt': {
    given: ['Ġorġ', 'Ċensina', 'Marija', 'Ġużeppi', 'Anġlu', 'Rita', 'Josef', 'Carmel', 'Mark', 'Doris', 'Ċikku', 'Pawlu', 'Rose', 'Ninu', 'Grace', 'Ġanni', 'Kristina'],
    family: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Micallef', 'Grech', 'Attard', 'Cassar', 'Caruana', 'Mifsud', 'Azzopardi', 'Xuereb', 'Spiteri', 'Bonniċi', 'Aġius', 'Ħili', 'Debattista', 'Sammut'],
  },
  'en-hk': {
    given: ['Ka Ho', 'Tai Man', 'Wing Yan', 'Chi Keung', 'Siu Ming', 'Mei Ling', 'Hoi Yan', 'Kwok Wai', 'Tsz Hin', 'Pui Shan', 'Sze Long', 'Man Yee'],
    family: ['Wong', 'Chan', 'Cheung', 'Lau', 'Ho', 'Tsang', 'Yip', 'Ng', 'Leung', 'Lam', 'Chow', 'Kwok', 'Tse', 'Mak', 'Fung'],
    familyFirst: true,
  },
  'en-hk-west': {
    given: ['Candy', 'Kelvin', 'Bonnie', 'Sunny', 'Ivy', 'Winnie', 'Raymond', 'Jacky', 'Queenie', 'Ken', 'Hope', 'Bill', 'Will', 'Joy'],
    family: ['Chan', 'Wong', 'Leung', 'Tse', 'Ho', 'Lam', 'Cheung', 'Yip', 'Ng', 'Kwan', 'Siu'],
  },
  'en-pk': {
    given: ['Muhammad', 'Ayesha', 'Bilal', 'Fatima', 'Imran', 'Saima', 'Usman', 'Hina', 'Zainab', 'Tariq', 'Sana', 'Faisal', 'Nadia', 'Asad', 'Amna', 'Rabia', 'Shahid', 'Mahnoor'],
    family: ['Khan', 'Qureshi', 'Malik', 'Chaudhry', 'Siddiqui', 'Butt', 'Raza', 'Hussain', 'Sheikh', 'Javed', 'Abbasi', 'Mirza', 'Awan', 'Bhatti', 'Rana'],
  },
  'en-bw': {
    given: ['Kagiso', 'Boitumelo', 'Tebogo', 'Lesego', 'Neo', 'Mpho', 'Onalenna', 'Kefilwe', 'Tshepo', 'Gaone', 'Masego', 'Thato', 'Oratile', 'Goitseone', 'Precious', 'Mercy', 'Grant'],
    family: ['Mogapi', 'Kgosi', 'Molefe', 'Seretse', 'Masire', 'Tau', 'Ntsima', 'Mothibi', 'Sebina', 'Dintwe', 'Letsholo', 'Modise', 'Kebonang', 'Phiri'],
  },
  'en-ni': {
    given: ['Siobhán', 'Ciarán', 'Aoife', 'Niamh', 'Pádraig', 'Orla', 'Eoin', 'Gráinne', 'Róisín', 'Caoimhe', 'Darragh', 'William', 'Sammy', 'Wilma', 'Hope', 'Faith', 'Bill', 'Will', 'Grant', 'Sunny', 'Joy', 'Rose', 'May', 'Mark', 'Grace'],
    family: ['McAuley', "O'Neill", 'Ó Briain', 'McCracken', 'Gilmore', 'Ferguson', 'McKee', 'Doherty', 'Quinn', 'McIlwaine', 'Wylie', 'Mac Giolla Bhríde', 'Stewart', 'Boyd', 'McCullough', 'Ní Dhónaill', 'Kerr', 'Ó Catháin'],
  },
  pl: {
    given: ['Róża', 'Łukasz', 'Małgorzata', 'Wojciech', 'Zofia', 'Paweł', 'Agnieszka', 'Michał', 'Bożena', 'Grzegorz', 'Jadwiga', 'Mikołaj', 'Kinga', 'Błażej', 'Ewelina', 'Jędrzej'],
    family: ['Nowak', 'Kowalczyk', 'Wójcik', 'Żak', 'Kaźmierczak', 'Jóźwiak', 'Błaszczyk', 'Pietrzak', 'Mazur', 'Gołąb', 'Sęk', 'Ziółko', 'Śliwa', 'Łuczak', 'Wróbel', 'Mańko', 'Dąbek', 'Węgrzyn', 'Kępa'],
  },
  ro: {
    given: ['Floare', 'Ștefan', 'Ioana', 'Mihai', 'Alexandru', 'Andreea', 'Răzvan', 'Bianca', 'Gheorghe', 'Ilinca', 'Cătălina', 'Tudor', 'Irina', 'Dănuț', 'Viorica'],
    family: ['Popescu', 'Ionescu', 'Țurcanu', 'Munteanu', 'Stănescu', 'Dumitrașcu', 'Văduva', 'Chirilă', 'Bălan', 'Mureșan', 'Tănase', 'Cîrstea', 'Sârbu', 'Pîrvu', 'Ionașcu'],
  },
  el: {
    given: ['Γιώργος', 'Ελπίδα', 'Δημήτρης', 'Μαρία', 'Κωνσταντίνος', 'Ειρήνη', 'Νίκος', 'Σοφία', 'Αθηνά', 'Παναγιώτης', 'Χρυσούλα', 'Σταύρος', 'Ευαγγελία', 'Θανάσης'],
    family: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Καραγιάννη', 'Νικολαΐδης', 'Βλάχου', 'Αντωνίου', 'Μαυρίδης', 'Ζαχαρίου', 'Κωστόπουλος', 'Λαμπράκη', 'Τσιρίγος'],
  },
  sk: {
    given: ['Ľubomír', 'Ľudmila', 'Ján', 'Mária', 'Viera', 'Dušan', 'Zuzana', 'Miroslav', 'Katarína', 'Ĺudovít', 'Ŕudo', 'Jozef', 'Božena', 'Štefan'],
    family: ['Kráľ', 'Baláž', 'Hriňák', 'Štefánik', 'Mäsiar', 'Kôstka', 'Vŕba', 'Dĺžik', 'Bôrik', 'Ďurica', 'Ševčík', 'Kollár', 'Ľupták', 'Päťko'],
  },
  fi: {
    given: ['Onni', 'Toivo', 'Aino', 'Eeva', 'Väinö', 'Sanna', 'Mikko', 'Päivi', 'Jyrki', 'Sisko', 'Tuula', 'Ilmari', 'Lempi', 'Satu', 'Säde'],
    family: ['Virtanen', 'Mäkinen', 'Järvinen', 'Häkkinen', 'Nieminen', 'Heikkilä', 'Kärkkäinen', 'Lähteenmäki', 'Öhman', 'Koskinen', 'Ylönen', 'Hämäläinen'],
  },
  sv: {
    given: ['Sol', 'Åsa', 'Björn', 'Märta', 'Östen', 'Linnéa', 'Ingrid', 'Gustav', 'Ebba', 'Sixten', 'Siv', 'Göran', 'Måns', 'Ylva'],
    family: ['Lindqvist', 'Åberg', 'Söderström', 'Nyström', 'Bergström', 'Ekström', 'Häggblom', 'Öberg', 'Sjöberg', 'Lundgren', 'Ståhl', 'Wåhlin'],
  },
  'es-ar': {
    given: ['Luz', 'Soledad', 'Facundo', 'Agustina', 'Martín', 'Milagros', 'Nahuel', 'Florencia', 'Gonzalo', 'Lucía', 'Joaquín', 'Belén'],
    family: ['Fernández', 'González', 'Ibáñez', 'Muñoz', 'Peña', 'Quiroga', 'Sosa', 'Barrionuevo', 'Rodríguez', 'Acuña', 'Gutiérrez', 'Ledesma'],
  },
  'es-cl': {
    given: ['Luz', 'Soledad', 'Matías', 'Javiera', 'Benjamín', 'Constanza', 'Catalina', 'Ignacio', 'Fernanda', 'Vicente', 'Maite', 'Tomás'],
    family: ['Muñoz', 'Rojas', 'Díaz', 'Contreras', 'Soto', 'Núñez', 'Araya', 'Pizarro', 'Valdés', 'Cárcamo', 'Fuenzalida', 'Sepúlveda'],
  },
  'fr-qc': {
    given: ['Émilie', 'François', 'Marie-Ève', 'Jean-Sébastien', 'Gaëlle', 'Benoît', 'Mélodie', 'Joël', 'Maïté', 'Noëlle', 'Clémence', 'Rosalie'],
    family: ['Tremblay', 'Gagnon', 'Bouchard', 'Côté', 'Lévesque', 'Pelletier', 'Bélanger', 'Gauthier', 'Fréchette', 'Lefebvre', 'Thériault'],
  },
  'fr-be': {
    given: ['Thibault', 'Anaïs', 'Amélie', 'Gaëtan', 'Clémence', 'Loïc', 'Céline', 'Hélène', 'Aurélien', 'Maëlle', 'Jérôme'],
    family: ['Dubois', 'Lambert', 'Peeters', 'Van den Broeck', 'Dupont', 'Leclercq', 'Mertens', 'Wauters', 'Lejeune', 'Gérard', 'Delcourt'],
  },
  it: {
    given: ['Gioia', 'Niccolò', 'Giuseppe', 'Chiara', 'Lorenzo', 'Francesca', 'Matteo', 'Elisa', 'Pietro', 'Raffaella', 'Mosè', 'Serena', 'Ludovica'],
    family: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'De Luca', 'Mancini', 'Cantù', 'Pirrò', 'Santoro', 'Lo Presti'],
  },
  ca: {
    given: ['Jordi', 'Montserrat', 'Núria', 'Pau', 'Mercè', 'Roser', 'Joan', 'Laia', 'Oriol', 'Arnau', 'Neus', 'Gonçal', 'Lluïsa', 'Txell', 'Aleix'],
    family: ['Puig', 'Ferrer', 'Vilaró', 'Soler', 'Casals', 'Pujol', 'Bosch', 'Riera', 'Coll', 'Martí', 'Roca', 'Serra', 'Pagès', 'Solà', 'Ferrà', 'Vidal'],
  },
}

export function person(rng: Rng, pool: string): Person {
  let key = pool
  if (pool === 'en-hk' && rng.chance(0.4)) key = 'en-hk-west'
  const p = NAMES[key]!
  let family = rng.pick(p.family)
  // Spanish double surnames, now and then
  if ((pool === 'es-ar' || pool === 'es-cl') && rng.chance(0.35)) { let f2 = rng.pick(p.family); if (f2 === family) f2 = rng.pick(p.family); family = `${family} ${f2}` }
  return { given: rng.pick(p.given), family, familyFirst: !!p.familyFirst }
}
