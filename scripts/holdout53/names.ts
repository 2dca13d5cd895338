// Names of people native to each locale: given names by gender, family names (by gender where the language has it).
export interface NameList { m: string[]; f: string[]; fam: string[]; famF?: string[]; familyFirst?: boolean }

const L = (s: string) => s.split("|")
export const NAMES: Record<string, NameList> = {
  US: { m: L("James|Michael|Tyler|Brandon|Jose|Andre|DeShawn|Will|Mark|Bill"), f: L("Jennifer|Ashley|Latoya|Megan|Brianna|Kayla|Grace|Hope|May|Joy"), fam: L("Johnson|Martinez|Nguyen|O'Connor|Washington|Hernandez|Brooks|Ramirez|Sullivan|Kowalski|Wood") },
  GB: { m: L("Oliver|Harry|Callum|Rhys|Jamal|Alistair|Will|Mark"), f: L("Amelia|Chloe|Siobhan|Niamh|Priya|Eleanor|Grace|Hope"), fam: L("Hughes|Ashworth|Pritchard|MacLeod|Okafor|Thornton|Mistry|Fletcher|Wood") },
  SG: { m: L("Wei Jie|Jun Hao|Zhi Hao|Kai Wen|Darren"), f: L("Hui Min|Siew Ling|Mei Ling|Jia Yi|Xin Yi"), fam: L("Tan|Lim|Goh|Chua|Teo|Koh|Ong|Wong"), familyFirst: true },
  PH: { m: L("Jose|Paolo|Rodel|Jerome|Christian|Mark"), f: L("Rowena|Kristine|Marites|Maricel|Grace|Joy"), fam: L("Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Aquino|Macapagal") },
  KE: { m: L("Brian|Kevin|Dennis|Collins|Kiprotich|Mwangi"), f: L("Wanjiru|Akinyi|Faith|Mercy|Chebet|Grace"), fam: L("Otieno|Kamau|Wanjala|Kiprono|Omondi|Njoroge|Mutua|Achieng") },
  NG: { m: L("Chinedu|Oluwaseun|Emeka|Tunde|Ibrahim|Segun"), f: L("Ngozi|Funmilayo|Aisha|Chiamaka|Blessing|Temitope"), fam: L("Okafor|Adeyemi|Balogun|Eze|Abubakar|Okonkwo|Nwosu|Adebayo") },
  JM: { m: L("Damion|Kemar|Ricardo|Shane|Andre|Mark"), f: L("Shanice|Tashana|Kerry-Ann|Tamika|Grace|Hope"), fam: L("Campbell|Powell|Grant|Thompson|McKenzie|Reid|Bailey|Francis") },
  NO: { m: L("Ole|Per|Lars|Håkon|Øyvind|Jørgen|Anders"), f: L("Ingrid|Liv|Kari|Solveig|Åse|Marte|Sigrid"), fam: L("Hansen|Johansen|Olsen|Haugen|Bakken|Strømme|Sæther|Lunde") },
  FI: { m: L("Mikko|Juha|Onni|Jussi|Tuomas|Matti"), f: L("Aino|Satu|Päivi|Hanna|Leena|Johanna"), fam: L("Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Heikkinen|Järvinen") },
  HU: { m: L("László|István|Zoltán|Gábor|Péter|Ákos"), f: L("Katalin|Erzsébet|Zsófia|Rózsa|Anikó|Ildikó"), fam: L("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Fekete|Molnár"), familyFirst: true },
  RO: { m: L("Andrei|Mihai|Ionuț|Alexandru|Bogdan|Răzvan"), f: L("Ioana|Elena|Andreea|Speranța|Mădălina|Cristina"), fam: L("Popescu|Ionescu|Dumitrescu|Munteanu|Constantinescu|Rădulescu|Ștefănescu|Stan") },
  GR: {
    m: L("Γιώργος|Νίκος|Δημήτρης|Κώστας|Γιάννης|Παναγιώτης"), f: L("Μαρία|Ελένη|Κατερίνα|Ελπίδα|Ειρήνη|Βασιλική"),
    fam: L("Παπαδόπουλος|Οικονόμου|Γεωργίου|Νικολάου|Καραγιάννης|Βλάχος"), famF: L("Παπαδοπούλου|Οικονόμου|Γεωργίου|Νικολάου|Καραγιάννη|Βλάχου"),
  },
  HR: { m: L("Ivan|Marko|Luka|Tomislav|Josip|Dario"), f: L("Ivana|Nada|Zora|Marija|Petra|Lucija"), fam: L("Horvat|Kovačević|Babić|Marić|Jurić|Knežević|Vuković|Perić") },
  SK: {
    m: L("Peter|Martin|Jozef|Tomáš|Michal|Ľubomír"), f: L("Zuzana|Viera|Katarína|Lucia|Mária|Ľubica"),
    fam: L("Horváth|Kováč|Varga|Tóth|Baláž|Molnár|Šimko|Hudák"), famF: L("Horváthová|Kováčová|Vargová|Tóthová|Balážová|Molnárová|Šimková|Hudáková"),
  },
  SI: { m: L("Matej|Jure|Gregor|Blaž|Primož|Luka"), f: L("Maja|Mila|Tjaša|Špela|Urška|Nina"), fam: L("Novak|Krajnc|Zupančič|Potočnik|Kovačič|Mlakar|Vidmar|Kos") },
  AT: { m: L("Lukas|Florian|Stefan|Ernst|Andreas|Markus"), f: L("Theresa|Katharina|Johanna|Birgit|Sophie|Elif"), fam: L("Gruber|Huber|Pichler|Moser|Steiner|Hofer|Öztürk|Herbst") },
  BE: { m: L("Maxime|Nicolas|Julien|Mehdi|Olivier|Thibault"), f: L("Camille|Amélie|Laura|Blanche|Patience|Noémie"), fam: L("Peeters|Dubois|Lambert|Dupont|Claes|Maes|Wouters|Mertens") },
  BR: { m: L("João|Pedro|Lucas|Gabriel|Rafael|Thiago"), f: L("Ana|Luz|Juliana|Beatriz|Esperança|Fernanda"), fam: L("da Silva|dos Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida") },
}

export const PARTICLES = new Set("van der den de da das dos do di del della la le du von zu ten ter af al el y e mac".split(" "))

const GREEK: Record<string, string> = {
  α: "a", ά: "a", β: "v", γ: "g", δ: "d", ε: "e", έ: "e", ζ: "z", η: "i", ή: "i", θ: "th", ι: "i", ί: "i", ϊ: "i", κ: "k", λ: "l", μ: "m",
  ν: "n", ξ: "x", ο: "o", ό: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", ύ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o", ώ: "o",
}
/** A name folded to ASCII for an e-mail address. */
export function ascii(s: string): string {
  const t = [...s.toLowerCase()].map((c) => GREEK[c] ?? c).join("")
  return t.replace(/ø/g, "o").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/đ/g, "d").replace(/ł/g, "l").replace(/ı/g, "i")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z'-]/g, "")
}
