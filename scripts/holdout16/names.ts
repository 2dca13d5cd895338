// First names and surnames of many origins, per language. All invented pairings.
export type Pool = { first: readonly string[]; last: readonly string[] }

export const NAMES: Record<string, Pool> = {
  en: {
    first: ["Olivia", "Liam", "Aroha", "Tane", "Priya", "Arjun", "Wei", "Mei-Ling", "Chinedu", "Ngozi", "Siobhán", "Declan", "Mathéo", "Geneviève", "Hamza", "Ayesha", "Jae-won", "Minh", "Thanh", "Abdirahman", "Maricel", "Rhys", "Eilidh", "Connor", "Tamsin", "Kwame", "Dmitri", "Zoë", "Renée", "Hemi", "Mackenzie", "Tyrone", "Jasmine", "Nikhil", "Manaia", "Bronwyn", "Callum", "Imogen", "Anaïs", "Yusuf"],
    last: ["Thompson", "Ngata", "Parata", "Patel", "Sharma", "Chen", "Okafor", "Adeyemi", "O'Sullivan", "MacLeod", "Tremblay", "Gagnon", "Khan", "Kim", "Nguyen", "Tran", "Warsame", "Dela Cruz", "Evans", "Fraser", "McAllister", "Mensah", "Volkov", "Smith-Jones", "Whitaker", "Te Whata", "Reid", "Bhattacharya", "Li", "Osei", "D'Souza", "van der Merwe", "Hughes", "Lafleur", "Robertson"],
  },
  es: {
    first: ["Lucía", "Hugo", "Martina", "Álvaro", "Nerea", "Iñaki", "Aitana", "Jordi", "Montserrat", "Xabier", "Sofía", "Rubén", "Carmen", "Fátima", "Youssef", "Ainhoa", "Begoña", "Íker", "Rocío", "Andrés", "Valentina", "Guillermo"],
    last: ["García Núñez", "Fernández", "López de la Fuente", "Martínez", "Sánchez", "Puig", "Etxeberria", "Rodríguez", "Gómez Pardo", "Ruiz", "Castillo", "El Amrani", "Iglesias", "Vidal", "Ortega", "Muñoz", "Calvo", "Serrano"],
  },
  pt: {
    first: ["João", "Inês", "Tiago", "Beatriz", "Gonçalo", "Leonor", "Rui", "Mariana", "Duarte", "Matilde", "Afonso", "Carolina", "Sérgio", "Conceição", "Amílcar", "Luana", "Vasco", "Rita"],
    last: ["Gonçalves", "dos Santos", "Ferreira", "Pereira", "Carvalho", "Sousa", "Magalhães", "Rodrigues", "Costa", "Brandão", "da Silva", "Simões", "Antunes", "Araújo", "Lopes", "Teixeira"],
  },
  it: {
    first: ["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Niccolò", "Alessia", "Gianluca", "Federica", "Salvatore", "Beatrice", "Davide", "Ilaria", "Tommaso", "Rosaria", "Mattia", "Elisa", "Andrea"],
    last: ["Rossi", "Bianchi", "Esposito", "Romano", "De Luca", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Di Stefano", "Mancini", "Lombardi", "Caruso", "D'Angelo", "Fontana"],
  },
  pl: {
    first: ["Łukasz", "Agnieszka", "Małgorzata", "Krzysztof", "Paweł", "Zofia", "Wojciech", "Joanna", "Grzegorz", "Katarzyna", "Michał", "Ewa", "Jędrzej", "Aleksandra", "Tomasz", "Weronika", "Bartłomiej", "Oliwia"],
    last: ["Wójcik", "Kowalczyk", "Nowak", "Lewandowska", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kamińska", "Grabowski", "Jabłońska", "Krawczyk", "Piotrowski", "Mazur", "Kaczmarek", "Wiśniewska"],
  },
  cs: {
    first: ["Jiří", "Tereza", "Petr", "Lucie", "Tomáš", "Kateřina", "Ondřej", "Veronika", "Jakub", "Markéta", "Vojtěch", "Zuzana", "Radek", "Eliška", "Lukáš", "Barbora", "Dominik", "Hana"],
    last: ["Dvořák", "Nováková", "Svoboda", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec", "Marková", "Pokorný", "Růžičková", "Král", "Benešová", "Fiala", "Sedláček"],
  },
  fi: {
    first: ["Päivi", "Juha", "Aino", "Mikko", "Eveliina", "Jukka", "Sanna", "Ville", "Kaisa", "Tuomas", "Siiri", "Antti", "Riikka", "Eero", "Hanna-Leena", "Oskari", "Minna", "Jari"],
    last: ["Mäkinen", "Virtanen", "Korhonen", "Nieminen", "Hämäläinen", "Laaksonen", "Järvinen", "Heikkinen", "Koskinen", "Lehtonen", "Salminen", "Räsänen", "Kärkkäinen", "Ahonen", "Väisänen", "Öhman"],
  },
  et: {
    first: ["Jüri", "Kadri", "Tõnu", "Liis", "Märt", "Kärt", "Rasmus", "Triin", "Indrek", "Maarja", "Priit", "Helen", "Ülle", "Siim", "Merike", "Andrus", "Kertu", "Aleksei"],
    last: ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Kõiv", "Lepik", "Õunapuu", "Vaher", "Luik", "Ivanov", "Männik"],
  },
}

/** Names from elsewhere, used in every language so origins mix. */
export const INTL: Pool = {
  first: ["Amara", "Oleksandr", "Fatima", "Rahul", "Xiu", "Kofi", "Svetlana", "Mehmet", "Aisha", "Quang", "Santiago", "Yerlan", "Leilani", "Björn", "Noémie", "Ayodele"],
  last: ["Diallo", "Shevchenko", "Haddad", "Iyer", "Zhang", "Asante", "Petrova", "Yılmaz", "Bello", "Hoang", "Oyelaran", "Andersson", "Moreau", "Kaur", "Nakamura", "O'Brien"],
}

/** Name words used as ordinary words, places and brands. */
export const NAME_WORDS = ["May", "Will", "Bill", "Mark", "Rose", "Grace", "Hope", "Faith", "Florence", "Victoria", "Jordan", "Chelsea", "Lincoln", "Summer", "Sky"] as const
