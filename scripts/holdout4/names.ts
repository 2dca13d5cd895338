// Invented people of many origins. A name is [first, last]; `last` may carry particles,
// hyphens, apostrophes or two surnames. Combinations are made by code, so no entry is a real person.
export type Name = readonly [first: string, last: string]

export const ORIGINS: Record<string, { first: readonly string[]; last: readonly string[] }> = {
  westAfrican: {
    first: ["Chinedu", "Adaeze", "Kwame", "Abena", "Oluwaseun", "Folake", "Ibrahima", "Aminata", "Kofi", "Ngozi", "Yaw", "Chiamaka"],
    last: ["Okafor", "Nwosu", "Mensah", "Owusu", "Adeyemi", "Adebayo", "Diallo", "Traoré", "Boateng", "Eze", "Okonkwo", "Asante"],
  },
  indian: {
    first: ["Priya", "Arjun", "Sanjay", "Ananya", "Rohit", "Lakshmi", "Harpreet", "Deepika", "Vikram", "Meenakshi"],
    last: ["Raghunathan", "Mehta", "Krishnamurthy", "Iyer", "Chatterjee", "Venkataraman", "Sandhu", "Nair", "Bhattacharya", "Reddy"],
  },
  chinese: {
    first: ["Wei", "Xiaoling", "Jun", "Mei", "Haoran", "Yiting", "Zhiwei", "Lihua"],
    last: ["Zhang", "Chen", "Liu", "Huang", "Wang", "Zhou", "Xu", "Lin"],
  },
  korean: {
    first: ["Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Dong-hyun", "Soo-ah"],
    last: ["Kim", "Park", "Lee", "Choi", "Jung", "Kang"],
  },
  japanese: {
    first: ["Yuki", "Haruto", "Aiko", "Kenji", "Sakura", "Daisuke", "Noriko"],
    last: ["Tanaka", "Sato", "Watanabe", "Yamamoto", "Takahashi", "Nakamura", "Kobayashi"],
  },
  arabic: {
    first: ["Omar", "Fatima", "Youssef", "Layla", "Khalid", "Rania", "Tariq", "Nour"],
    last: ["al-Farsi", "Haddad", "El Amrani", "Nasser", "al-Mansouri", "Abdelrahman", "Khoury", "al-Hashimi"],
  },
  turkish: {
    first: ["Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Oğuz"],
    last: ["Yıldız", "Şahin", "Öztürk", "Çelik", "Aydın", "Kaya", "Doğan"],
  },
  slavic: {
    first: ["Katarzyna", "Piotr", "Dmitri", "Anastasia", "Tomasz", "Jelena", "Ivana", "Bogdan"],
    last: ["Wiśniewska", "Zieliński", "Volkov", "Petrova", "Kowalczyk", "Marković", "Horvat", "Nowicki"],
  },
  hispanic: {
    first: ["José Luis", "María Fernanda", "Alejandro", "Lucía", "Javier", "Carmen", "Guadalupe", "Mateo"],
    last: ["Fernández", "Ortega", "Ruiz", "Gómez Herrera", "Morales-Castro", "Delgado", "Núñez", "Sánchez Vidal"],
  },
  gaelic: {
    first: ["Siobhán", "Eoin", "Callum", "Niamh", "Ruairí", "Fiona", "Seamus", "Aoife", "Padraig"],
    last: ["O'Connell", "McAllister", "O'Sullivan", "MacLeod", "McBride", "O'Donoghue", "MacKinnon", "McGrath", "Ó Briain"],
  },
  hyphenated: {
    first: ["Anne-Sophie", "Hans-Peter", "Sarah", "Karl-Heinz", "Marie-Claire", "Jean-Luc"],
    last: ["Dubois-Laurent", "Müller-Lüdenscheidt", "Jones-Whitaker", "Schäfer-Roth", "Pryce-Morgan", "Lefèvre-Duval"],
  },
  particle: {
    first: ["Jan", "Sanne", "Pieter", "Ana", "Ricardo", "Friederike", "Maximilian", "Leila", "Chiara", "Jean-Baptiste"],
    last: ["van der Meer", "de Vries", "van den Broek", "da Costa", "dos Santos", "von Albrecht", "von Stein", "al-Hashimi", "De Luca", "de la Fontaine"],
  },
  anglo: {
    first: ["Brandon", "Ashley", "Tyler", "Olivia", "Harriet", "Rhys", "Gareth", "Shanice", "Dwayne", "Imogen", "Kayleigh"],
    last: ["Whitfield", "Carter", "Brooks", "Pemberton", "Ashworth", "Llewellyn", "Pryce", "Washington", "Thornbury", "Okoro"],
  },
  german: {
    first: ["Jürgen", "Lena", "Sabine", "Matthias", "Anja", "Torsten", "Hannelore"],
    last: ["Hoffmann", "Bauer", "Krüger", "Weißbach", "Schulte", "Brandt", "Vogel"],
  },
  french: {
    first: ["Émilie", "Thibault", "Mathilde", "Benoît", "Hélène", "Loïc", "Céline"],
    last: ["Rousseau", "Garnier", "Lefèvre", "Moreau", "Bérenger", "Chevalier", "Girard"],
  },
  italian: {
    first: ["Giulia", "Lorenzo", "Francesca", "Alessandro", "Chiara", "Niccolò"],
    last: ["Bianchi", "Ferraro", "Esposito", "Colombo", "Ricci", "D'Angelo"],
  },
  dutch: {
    first: ["Daan", "Femke", "Sven", "Lotte", "Joris", "Marieke"],
    last: ["Jansen", "Bakker", "Visser", "Smit", "de Jong", "van Dijk"],
  },
  portuguese: {
    first: ["João", "Inês", "Gonçalo", "Beatriz", "Tiago", "Leonor"],
    last: ["Pereira", "Carvalho", "Ferreira", "Rodrigues", "Sousa Martins", "Gonçalves"],
  },
  polish: {
    first: ["Agnieszka", "Łukasz", "Małgorzata", "Wojciech", "Zofia", "Grzegorz"],
    last: ["Nowak", "Wójcik", "Dąbrowska", "Lewandowski", "Kamińska", "Szymański"],
  },
  swedish: {
    first: ["Björn", "Astrid", "Åsa", "Linnea", "Gustav", "Ingrid"],
    last: ["Lindqvist", "Johansson", "Nyström", "Bergström", "Ekström", "Holm"],
  },
}

export const ALL_ORIGINS = Object.keys(ORIGINS)
