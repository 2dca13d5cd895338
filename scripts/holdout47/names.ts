// Given and family names of each locale, in its own script. A family entry `m|f` is the male and female form.
export interface Names { f: string[]; m: string[]; family: string[]; twoSurnames?: boolean }

export const NAMES: Record<string, Names> = {
  "en-GB": { f: ["Harriet", "Imogen", "Poppy", "Eleanor", "Grace", "Rosie"], m: ["Callum", "Oliver", "Alfie", "Rhys", "Will", "Toby"], family: ["Whitfield", "Ashworth", "Pemberton", "Okafor", "Haddock", "Braithwaite", "Kaur"] },
  "en-AU": { f: ["Matilda", "Chloe", "Sienna", "Kirra", "May"], m: ["Lachlan", "Bodhi", "Hamish", "Angus", "Jarrah"], family: ["McAlister", "Nguyen", "Kowalczyk", "Papadakis", "Fitzgerald", "Tran"] },
  "en-ZA": { f: ["Thandiwe", "Lerato", "Nomvula", "Annelie", "Zanele"], m: ["Sipho", "Thabo", "Pieter", "Mpho", "Rohan"], family: ["Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Khumalo"] },
  "en-SG": { f: ["Hui Min", "Priya", "Siti", "Jia Hui", "Nurul"], m: ["Wei Jie", "Darren", "Arjun", "Muhammad Irfan", "Zhi Hao"], family: ["Tan", "Lim", "Ong", "Rajaratnam", "Goh", "Abdullah", "Chua"] },
  "en-US": { f: ["Brittany", "Kayla", "Dolores", "Shaniqua", "Faith"], m: ["Tyler", "Brandon", "DeShawn", "Cody", "Frank"], family: ["Kowalski", "Hernandez", "Washington", "Lindqvist", "Thibodeaux", "O'Rourke"] },
  "en-GH": { f: ["Akosua", "Abena", "Efua", "Adwoa", "Patience"], m: ["Kwame", "Kofi", "Yaw", "Kwabena", "Nii"], family: ["Mensah", "Owusu", "Asante", "Boateng", "Agyeman", "Quaye", "Tetteh"] },
  "sv-SE": { f: ["Linnéa", "Ebba", "Saga", "Märta", "Agnes"], m: ["Per", "Hampus", "Björn", "Gustaf", "Måns"], family: ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Holmgren", "Nyström"] },
  "fi-FI": { f: ["Aino", "Siiri", "Venla", "Päivi", "Tuuli"], m: ["Toivo", "Onni", "Jussi", "Eetu", "Väinö"], family: ["Virtanen", "Mäkinen", "Korhonen", "Heikkilä", "Järvinen", "Laaksonen"] },
  "et-EE": { f: ["Kadri", "Triin", "Maarja", "Õnne", "Liis"], m: ["Kalju", "Rasmus", "Tõnis", "Priit", "Mart"], family: ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane"] },
  "pl-PL": { f: ["Agnieszka", "Małgorzata", "Zuzanna", "Wiktoria", "Róża"], m: ["Grzegorz", "Wojciech", "Paweł", "Łukasz", "Jakub"], family: ["Kowalski|Kowalska", "Wiśniewski|Wiśniewska", "Zieliński|Zielińska", "Nowak|Nowak", "Wójcik|Wójcik", "Szymański|Szymańska"] },
  "cs-CZ": { f: ["Tereza", "Kateřina", "Lucie", "Markéta", "Věra"], m: ["Jiří", "Ondřej", "Tomáš", "Vojtěch", "Lukáš"], family: ["Novák|Nováková", "Dvořák|Dvořáková", "Černý|Černá", "Procházka|Procházková", "Kučera|Kučerová", "Veselý|Veselá"] },
  "ro-RO": { f: ["Ioana", "Andreea", "Speranța", "Mihaela", "Roxana"], m: ["Andrei", "Mihai", "Bogdan", "Ștefan", "Florin"], family: ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Constantinescu"] },
  "hr-HR": { f: ["Ivana", "Nada", "Petra", "Zora", "Matea"], m: ["Luka", "Ivan", "Marko", "Josip", "Dario"], family: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novosel", "Knežević"] },
  "el-GR": { f: ["Ελπίδα", "Ειρήνη", "Μαρία", "Κατερίνα", "Δέσποινα"], m: ["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας", "Παναγιώτης"], family: ["Παπαδόπουλος|Παπαδοπούλου", "Οικονόμου|Οικονόμου", "Γεωργίου|Γεωργίου", "Καραγιάννης|Καραγιάννη", "Νικολάου|Νικολάου", "Βλάχος|Βλάχου"] },
  "tr-TR": { f: ["Elif", "Zeynep", "Deniz", "Ayşe", "İpek"], m: ["Umut", "Barış", "Emre", "Mehmet", "Oğuz"], family: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"] },
  "it-IT": { f: ["Chiara", "Serena", "Giulia", "Francesca", "Speranza"], m: ["Lorenzo", "Matteo", "Giuseppe", "Davide", "Alessandro"], family: ["Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "De Luca"] },
  "pt-BR": { f: ["Luz", "Fernanda", "Graça", "Juliana", "Thaís"], m: ["João Pedro", "Rafael", "Thiago", "Gustavo", "Leandro"], family: ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Nascimento"], twoSurnames: true },
  "pt-PT": { f: ["Inês", "Beatriz", "Rosa", "Leonor", "Mariana"], m: ["Duarte", "Tomás", "Gonçalo", "Rodrigo", "Afonso"], family: ["Ferreira", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Lopes", "Marques"], twoSurnames: true },
  "fr-FR": { f: ["Claire", "Manon", "Léa", "Camille", "Océane"], m: ["Théo", "Mathis", "Hugo", "Loïc", "Baptiste"], family: ["Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Lambert"] },
  "de-DE": { f: ["Heike", "Jana", "Svenja", "Anja", "Heide"], m: ["Frank", "Ernst", "Jannik", "Dirk", "Torsten"], family: ["Schulze", "Hoffmann", "Krüger", "Wagner", "Becker", "Schäfer", "Lehmann"] },
  "de-AT": { f: ["Magdalena", "Theresa", "Johanna", "Valentina", "Leonie"], m: ["Florian", "Lukas", "Maximilian", "Stefan", "Andreas"], family: ["Gruber", "Huber", "Pichler", "Steiner", "Moser", "Hofer", "Leitner"] },
  "es-ES": { f: ["Esperanza", "Dolores", "Lucía", "Nuria", "Paz"], m: ["Álvaro", "Javier", "Iñigo", "Sergio", "Jordi"], family: ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro"], twoSurnames: true },
  "es-CL": { f: ["Javiera", "Constanza", "Milagros", "Catalina", "Fernanda"], m: ["Matías", "Benjamín", "Vicente", "Cristóbal", "Ignacio"], family: ["González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Araya"], twoSurnames: true },
  "is-IS": { f: ["Sól", "Guðrún", "Sigríður", "Katrín", "Hildur"], m: ["Jón", "Sigurður", "Gunnar", "Ólafur", "Einar"], family: ["Jónsson|Jónsdóttir", "Sigurðsson|Sigurðardóttir", "Gunnarsson|Gunnarsdóttir", "Ólafsson|Ólafsdóttir", "Einarsson|Einarsdóttir", "Magnússon|Magnúsdóttir"] },
}

/** Words that stand before a family name and are no name part of their own. */
export const PARTICLES = new Set(["van", "der", "de", "da", "dos", "das", "do", "di"])
