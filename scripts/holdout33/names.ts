// Name pools by origin, with each language's letters. A leading `~` marks a female given name;
// a family entry `M|F` has a male and a female form. Lower-case particles stay inside the span but are not name parts.
import type { Rng } from './prng.ts';

interface Pool {
  given: string[];
  family: string[];
}

const P: Record<string, Pool> = {
  punjabi: { given: ['Harpreet', '~Gurpreet', 'Jaswinder', '~Manpreet', '~Simran', 'Navjot', 'Kuldeep', 'Rajvir', '~Amrit'], family: ['Sandhu', 'Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Brar', 'Bajwa', 'Cheema', 'Virk'] },
  urdu: { given: ['~Ayesha', 'Bilal', '~Fatima', 'Hamza', '~Zainab', 'Usman', '~Sana', 'Imran', '~Mehwish', 'Faisal'], family: ['Qureshi', 'Siddiqui', 'Malik', 'Butt', 'Chaudhry', 'Rana', 'Awan', 'Mirza', 'Abbasi'] },
  bengali: { given: ['Tanvir', '~Nusrat', 'Rafiq', '~Shirin', 'Arif', '~Farzana', 'Mahmud', '~Sumaiya', 'Habib', '~Rumana'], family: ['Rahman', 'Hossain', 'Chowdhury', 'Islam', 'Akter', 'Sarkar', 'Talukder', 'Bhuiyan'] },
  sinhala: { given: ['Nimal', '~Kumari', 'Chaminda', '~Dilani', 'Sunil', '~Thilini', 'Ruwan', '~Sanduni'], family: ['Perera', 'Fernando', 'Jayasuriya', 'Wickramasinghe', 'Bandara', 'Dissanayake', 'Gunawardena'] },
  tamil: { given: ['~Kavitha', 'Senthil', 'Murugan', '~Lakshmi', 'Arun', '~Priya', 'Tharshan', '~Vani'], family: ['Sivakumar', 'Rajaratnam', 'Selvaraj', 'Kandiah', 'Nadarajah', 'Thevarajah'] },
  malay: { given: ['~Nurul Aisyah', 'Hafiz', '~Faridah', 'Azlan', '~Siti Hajar', 'Zulkifli', '~Hidayah', 'Ahmad Faizal'], family: ['bin Hassan|binti Hassan', 'bin Ismail|binti Ismail', 'bin Abdullah|binti Abdullah', 'bin Othman|binti Othman', 'bin Yusof|binti Yusof'] },
  cantonese: { given: ['Wing Yan', 'Chi Keung', '~Mei Ling', 'Siu Fung', 'Ka Wai', 'Kelvin', '~Winnie', 'Cyrus', '~Janice'], family: ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Tsang', 'Yeung', 'Kwok'] },
  welsh: { given: ['Rhys', '~Gwen', 'Dafydd', '~Siân', '~Eleri', 'Ieuan', '~Cerys', 'Owain', '~Angharad', '~Bethan'], family: ['Pritchard', 'Hughes', 'Davies', 'Griffiths', 'Llewellyn', 'Prosser', 'Vaughan', 'ap Gwilym'] },
  english: {
    given: ['Mark', '~Rose', '~Grace', '~Hope', '~Joy', '~Dawn', 'Sunny', 'Rich', 'Guy', 'Art', 'Frank', 'Wade', 'Chase', '~Summer', '~Faith', '~Honey', '~Precious', '~Blessing', 'Gift', '~Pearl', '~Ruby', '~Jade', '~Amber', '~Crystal', '~Sky', '~May', 'Will', 'Bill', 'Oliver', '~Chloe', 'Liam', '~Megan', 'Tyler', '~Brooke'],
    family: ['Thompson', 'Walsh', 'McAllister', 'Henderson', 'Sinclair', 'Fraser', 'Doyle', 'Carter', 'Whitfield', 'Kowalchuk'],
  },
  irish: { given: ['Ciarán', '~Siobhán', '~Aoife', 'Niall', '~Orla', 'Declan', '~Róisín', 'Eamon'], family: ["O'Neill", 'McCann', 'Doherty', 'Quinn', 'Gallagher', 'Devlin', 'Maguire'] },
  hawaiian: { given: ['Keoni', '~Leilani', 'Kaimana', '~Noelani', 'Makoa', 'Kalani', '~Malia', 'Kekoa'], family: ['Kahananui', 'Akana', 'Kealoha', 'Kamakau', 'Nāone', 'Keawe', 'Kahale'] },
  inuit: { given: ['Nanuq', 'Panik', '~Aputi', '~Qannik', 'Tuluk', '~Ayaprun', 'Cungauyar', '~Elsie'], family: ['Kignak', 'Ahgeak', 'Nageak', 'Oktollik', 'Tocktoo', 'Aguchak', 'Kameroff', 'Nanouk'] },
  kikuyu: { given: ['~Wanjiru', 'Kamau', '~Njeri', 'Mwangi', '~Wambui', 'Kariuki', '~Nyambura', 'Githinji', '~Mercy'], family: ['Njoroge', 'Kariuki', 'Gitau', 'Wainaina', 'Karanja', 'Mwangi', 'Kamau'] },
  luo: { given: ['~Achieng', 'Otieno', '~Akinyi', 'Odhiambo', '~Awino', 'Ochieng', '~Adhiambo', 'Baraka'], family: ['Odhiambo', 'Otieno', 'Onyango', 'Okoth', 'Ouma', 'Owino'] },
  indotrini: { given: ['Anil', '~Savitri', 'Rajesh', '~Shalini', 'Vishnu', '~Indira', '~Devika', 'Krishna'], family: ['Ramdass', 'Maharaj', 'Persad', 'Ramkissoon', 'Boodram', 'Seepersad', 'Ramlogan'] },
  german: { given: ['Ernst', '~Frieda', 'Jonas', '~Lena', 'Lukas', '~Hannah', 'Jürgen', '~Sabine', 'Moritz', '~Annegret'], family: ['Müller', 'Schäfer', 'Wagner', 'Becker', 'Hoffmann', 'Krüger', 'Brandstätter', 'Huber', 'Gruber', 'Pichler', 'von der Heide'] },
  turkish: { given: ['Emre', '~Ayşe', 'Mehmet', '~Elif', '~Zeynep', 'Kerem'], family: ['Yılmaz', 'Öztürk', 'Kaya', 'Demir', 'Şahin'] },
  bcs: { given: ['~Ivana', 'Marko', '~Nada', '~Zora', 'Dragan', '~Jelena', '~Milica', 'Stjepan', '~Snežana', 'Nemanja'], family: ['Horvat', 'Kovačević', 'Babić', 'Petrović', 'Jovanović', 'Nikolić', 'Marić', 'Đorđević'] },
  dutch: { given: ['~Roos', '~Sanne', 'Daan', '~Femke', 'Bram', 'Joost', '~Marieke', 'Thijs'], family: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'van Dijk', 'Visser', 'Smit', 'de Jong', 'van der Meulen'] },
  moroccan: { given: ['Mohamed', '~Khadija', 'Youssef', 'Said', '~Nadia', '~Fatima'], family: ['Bouzid', 'Benali', 'Amrani', 'Haddouchi'] },
  swedish: { given: ['~Ros', '~Astrid', 'Björn', '~Ingrid', 'Lars', '~Maja', 'Erik', '~Sigrid', 'Oskar', '~Elsa'], family: ['Lindqvist', 'Johansson', 'Åberg', 'Sjöberg', 'Nyström', 'Holm', 'Bergström'] },
  finnish: { given: ['Onni', '~Aamu', '~Tuuli', '~Aino', 'Juha', 'Eetu', '~Päivi', 'Kari', '~Sanna'], family: ['Virtanen', 'Mäkinen', 'Korhonen', 'Nieminen', 'Häkkinen', 'Lehtonen', 'Heikkilä'] },
  spanish: { given: ['~Luz', '~Consuelo', '~Amparo', 'Javier', '~Lucía', 'Alejandro', '~Carmen', 'Íñigo', '~Begoña', 'Andrés'], family: ['García', 'Fernández', 'Martínez', 'López', 'de la Fuente', 'Ibáñez', 'Muñoz', 'Sánchez', 'Rodríguez'] },
  mapuche: { given: ['~Ayelén', '~Millaray', 'Lautaro', '~Rayén', 'Nahuel'], family: ['Huenchumilla', 'Millapán', 'Curaqueo', 'Painemal', 'Ñancupil', 'Quilaqueo'] },
  quechua: { given: ['~Killa', 'Wayra', 'Inti', '~Sisa', 'Yupanqui'], family: ['Quispe', 'Mamani', 'Huamán', 'Condori', 'Ccahuana'] },
  french: { given: ['~Camille', 'Théo', '~Manon', 'Hugo', '~Élodie', 'Mathis', '~Inès', '~Gaëlle'], family: ['Lefèvre', 'Moreau', 'Girard', 'Dubois', 'Rousseau', 'Fontaine', 'de la Roche'] },
  maghreb: { given: ['Karim', '~Samira', 'Yanis', '~Leïla', 'Rachid', '~Naïma'], family: ['Benyahia', 'Haddad', 'Meziane', 'Boualem'] },
  italian: { given: ['Fortunato', '~Serena', '~Giulia', 'Lorenzo', '~Chiara', 'Matteo', '~Francesca', 'Niccolò'], family: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'di Stefano', 'De Luca'] },
  polish: { given: ['~Róża', '~Agnieszka', 'Paweł', '~Małgorzata', 'Krzysztof', '~Zofia', 'Łukasz', 'Wojciech'], family: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Zając', 'Kowalski|Kowalska', 'Wiśniewski|Wiśniewska', 'Dąbrowski|Dąbrowska'] },
  czech: { given: ['~Naděje', '~Věra', 'Jiří', '~Tereza', 'Ondřej', '~Kateřina', 'Tomáš', '~Lucie'], family: ['Novák|Nováková', 'Dvořák|Dvořáková', 'Černý|Černá', 'Procházka|Procházková', 'Kučera|Kučerová', 'Veselý|Veselá'] },
  brazilian: { given: ['~Graça', '~Socorro', 'João', 'Thiago', '~Ana Luísa', '~Luana', 'Rafael', '~Conceição'], family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Ferreira', 'dos Santos', 'da Costa', 'Araújo'] },
  estonian: { given: ['~Kadri', 'Mart', '~Triin', 'Rasmus', '~Liis', 'Tõnu', '~Maarja', 'Jaan'], family: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves'] },
  maltese: { given: ['~Marija', 'Ġorġ', 'Pawlu', '~Rita', 'Ċensu', '~Doris', '~Karmen', 'Ġużeppi'], family: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Micallef', 'Grech'] },
  ukrainian: { given: ['~Надія', '~Віра', '~Олена', 'Тарас', 'Богдан', '~Оксана', 'Андрій', '~Ірина'], family: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Мельник', 'Кравчук', 'Лисенко'] },
  romanian: { given: ['~Speranța', '~Floare', '~Ioana', 'Andrei', 'Mihai', '~Elena', 'Bogdan', '~Cristina'], family: ['Popescu', 'Ionescu', 'Constantinescu', 'Dumitru', 'Stoica', 'Munteanu', 'Țăranu'] },
};

export interface Person {
  given: string;
  family: string;
  female: boolean;
  /** name parts: every capitalised token of given and family */
  parts: string[];
}

export const PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'di', 'da', 'dos', 'von', 'bin', 'binti', 'ap']);

export function partsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => w && !PARTICLES.has(w));
}

export function makePerson(rng: Rng, pools: readonly string[]): Person {
  const key = rng.chance(0.7) ? (pools[0] as string) : rng.pick(pools);
  const pool = P[key];
  if (!pool) throw new Error(`no pool ${key}`);
  const g = rng.pick(pool.given);
  const female = g.startsWith('~');
  const given = female ? g.slice(1) : g;
  const fam = rng.pick(pool.family);
  const [m, f] = fam.split('|') as [string, string | undefined];
  const family = female && f ? f : m;
  return { given, family, female, parts: [...partsOf(given), ...partsOf(family)] };
}

/** Name words used as ordinary words: `[word]` marks the name-word span. */
export const NAME_WORD_PHRASES: Record<string, string[]> = {
  en: [
    'I [hope] the engineer can come before noon.', 'It [may] take two working days.', 'We [will] send a confirmation.',
    'Your [bill] for last month is attached.', 'Please [mark] the box if you agree.', 'The [amber] light keeps blinking.',
    'A [gift] of any size helps.', 'Thanks for your patience and [faith] in us.', 'It was a [sunny] morning at the bay.',
    'The [summer] rota starts next week.', 'We will [chase] the courier today.', 'To be [frank], the delay is on our side.',
    'The [art] workshop is full.', 'There is a short [grace] period.', 'Staff will [wade] through the backlog.',
    'What a [joy] to see the volunteers.', 'Collection at [dawn] is not possible.', 'Price [rose] by two percent.',
    'The car smells of [honey] and dog.', 'Your data is [precious] to us.', 'It is a [blessing] to have you.',
    'The [pearl] white paint was scratched.', 'Pick the [ruby] or [jade] colour for the lanyard.', 'The display shows a [crystal] clear picture.',
    'Channel [sky] sports is included.', 'A [rich] dessert was served.', 'The delivery [guy] left it outside.',
  ],
  de: ['Das ist mir [ernst].', 'Im [Ernst], der Router ist neu.'],
  nl: ['Er staat een [roos] op de kaart.'],
  sv: ['Stort tack, ni förtjänar [ros] och inte ris.'],
  fi: ['Meillä kävi [onni] matkassa.', '[Aamu] oli kiireinen.', '[Tuuli] oli kova koko päivän.'],
  es: ['La [luz] del cargador parpadea.', 'Fue un [consuelo] saberlo.', 'Presentó un recurso de [amparo].'],
  it: ['Sono stato [fortunato] con la consegna.', 'La giornata era [serena].'],
  pl: ['Na stole stała [róża].'],
  cs: ['[Naděje] umírá poslední.'],
  pt: ['O estacionamento é de [graça].', 'Pedi [socorro] ao vizinho.'],
  hr: ['Još ima [nada].', 'Krenuli smo prije nego je svanula [zora].'],
  sr: ['Uvek postoji [nada].', 'Probudila nas je [zora].'],
  uk: ['Є [надія], що все запрацює.', 'Головне — [віра] в людей.'],
  ro: ['[Speranța] noastră e să terminăm azi.', 'Am primit o [floare] de la voluntari.'],
  et: [],
  mt: [],
};
