// Given and family names of each locale: female given | male given | family names as `male/female` where they differ.
const N: Record<string, [string, string, string]> = {
  "en-IE": ["Aoife Siobhán Niamh Róisín Ciara Gráinne", "Cian Darragh Oisín Pádraig Eoin Ciarán", "Murphy O'Sullivan Byrne Nolan Fitzgerald Ó_Ceallaigh Mac_Giolla_Phádraig"],
  "en-IN": ["Priya Ananya Kavya Lakshmi Divya Shreya", "Arjun Rohan Vikram Siddharth Karthik Aditya", "Sharma Iyer Reddy Nair Banerjee Chatterjee Menon Gupta"],
  "en-CA": ["Chloe Madison Avery Brooke Kaitlyn", "Liam Owen Tyler Logan Brennan", "MacDonald Campbell Chan Singh Wilson Fraser Tremblay"],
  "en-GB": ["Poppy Harriet Imogen Freya Niamh", "Alfie Oliver Rhys Callum Jago", "Whitaker Thornton Ashworth Pennington Holloway Entwistle"],
  "en-US": ["Brianna Kayla Shelby Destiny Makayla", "Tyrone Cody Dustin Marcus Jaxon", "Washington Kowalski Delgado Hendricks McAllister Nguyen"],
  "en-MT": ["Maria Rebecca Francesca Roberta Graziella", "Matthew Luke Keith Jean-Paul Clayton", "Borg Camilleri Vella Farrugia Zammit Grech Galea Micallef"],
  "nl-NL": ["Femke Sanne Lotte Anouk Marieke", "Daan Bram Joris Sander Thijs", "de_Vries van_den_Berg Bakker Visser Jansen Meijer van_Dijk"],
  "nl-BE": ["Lien Els Griet Sofie Katrien", "Wouter Pieter Jens Stijn Bert", "Peeters Maes Janssens Claes Van_Damme Willems De_Smet"],
  "da-DK": ["Mette Sofie Ida Freja Camilla", "Mads Rasmus Jesper Kasper Søren", "Nielsen Jørgensen Kristensen Mortensen Østergaard Thomsen"],
  "nb-NO": ["Ingrid Sigrid Marit Kari Solveig", "Håkon Eirik Lars Øyvind Magnus", "Hansen Johansen Bakken Haugen Solberg Lie Aasen"],
  "hu-HU": ["Katalin Zsófia Eszter Réka Anikó", "Bence Levente Gábor Zoltán Ádám", "Kovács Szabó Tóth Horváth Varga Farkas Molnár"],
  "sk-SK": ["Zuzana Lucia Katarína Jana Veronika", "Marek Tomáš Juraj Matej Rastislav", "Horváth/Horváthová Kováč/Kováčová Varga/Vargová Novák/Nováková Baláž/Balážová Kráľ/Kráľová"],
  "sl-SI": ["Maja Nina Petra Urška Tjaša", "Luka Matej Žiga Rok Gregor", "Novak Horvat Krajnc Kovačič Zupančič Potočnik"],
  "lt-LT": ["Rūta Eglė Ieva Greta Indrė", "Mantas Tomas Lukas Darius Vytautas", "Kazlauskas/Kazlauskienė Petrauskas/Petrauskaitė Jankauskas/Jankauskienė Stankevičius/Stankevičiūtė Vasiliauskas/Vasiliauskienė"],
  "lv-LV": ["Ilze Kristīne Līga Inese Dace", "Jānis Andris Edgars Mārtiņš Kārlis", "Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Liepa/Liepa Krūmiņš/Krūmiņa Zariņš/Zariņa"],
  "bg-BG": ["Мария Елена Десислава Гергана Милена", "Георги Димитър Николай Стоян Веселин", "Иванов/Иванова Петров/Петрова Георгиев/Георгиева Димитров/Димитрова Колев/Колева"],
  "uk-UA": ["Оксана Олена Ірина Наталія Юлія", "Андрій Тарас Олександр Дмитро Богдан", "Шевченко Бондаренко Коваленко Ковальчук Мельник Ковальський/Ковальська"],
  "fr-CA": ["Geneviève Mélanie Nathalie Josée Marie-Ève", "Étienne Mathieu Sébastien Guillaume Jean-François", "Tremblay Gagnon Bouchard Côté Bélanger Pelletier"],
  "fr-BE": ["Sophie Camille Aurélie Manon Noémie", "Julien Maxime Cédric Quentin Arnaud", "Dubois Lambert Dupont Leclercq Renard Lejeune"],
  "fr-CH": ["Léa Mélissa Séverine Nadia Coralie", "Loïc Yannick Cédric Grégoire Florian", "Rochat Favre Perret Chappuis Bonvin Jaquet"],
  "fr-LU": ["Carole Anne-Marie Joëlle Nathalie Sandrine", "Luc Marc Romain Gilles Jérôme", "Schmit Weber Hoffmann Wagner Reuter Kieffer"],
  "de-CH": ["Corinne Nadine Fabienne Sarah Seraina", "Reto Urs Beat Adrian Lukas", "Müller Meier Brunner Gerber Zürcher Steiner Bühler"],
  "es-MX": ["Guadalupe Ximena Fernanda Itzel Alejandra", "Diego Emiliano Rodrigo José_Luis Juan_Pablo", "Hernández García Martínez López González Ramírez Cruz Flores"],
  "es-AR": ["Florencia Agustina Micaela Lucía Camila", "Santiago Matías Facundo Nicolás Tomás", "Fernández Rodríguez Gómez Sosa Pereyra Romero Benítez"],
}

export interface NameSet { female: string[]; male: string[]; family: Array<[string, string]> }

export function namesOf(tag: string): NameSet {
  const [f, m, fam] = N[tag]!
  const words = (s: string) => s.split(" ").map((w) => w.replace(/_/g, " "))
  return {
    female: words(f),
    male: words(m),
    family: words(fam).map((w) => {
      const [a, b] = w.split("/")
      return [a!, b ?? a!]
    }),
  }
}

/** Particles that are not name parts. */
export const PARTICLES = new Set(["van", "der", "den", "de", "da", "dos", "das", "do", "di", "mac", "ó", "ní", "le", "la"])
