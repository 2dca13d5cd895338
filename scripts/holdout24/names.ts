// Invented name pools by region: given names and surnames as people of that place write them.
import type { Rng } from './prng.ts'

const S = (s: string) => s.split('|')
export const NAMES: Record<string, { given: string[]; family: string[] }> = {
  ie: { given: S('Aoife|Siobhán|Caoimhe|Niamh|Orla|Saoirse|Clodagh|Gráinne|Seán|Oisín|Ciarán|Pádraig|Darragh|Eoghan|Cathal|Fionnuala|Róisín|Declan|Grace|Hope|Will|Éabha'), family: S("Ó Briain|Ní Bhriain|O'Sullivan|Mac Cárthaigh|Nic Giolla Phádraig|Ó Súilleabháin|Fitzgerald|Ní Mhurchú|O'Donoghue|Ó Conaill|Brennan|Mulcahy|Kavanagh|Ní Dhomhnaill|McGrath|Ó Ceallaigh") },
  sct: { given: S('Mòrag|Seònaid|Ruairidh|Eilidh|Catrìona|Iain|Calum|Ealasaid|Mairead|Alasdair|Fearchar|Kirsty|Fraser|Isla|Ewan|Mark|May|Rose'), family: S('NicLeòid|MacAoidh|MacDhòmhnaill|Caimbeul|MacLeod|Mackenzie|Urquhart|Menzies|Dalgleish|Sutherland|Mac an tSaoir|NicAoidh|Drummond|Buchanan|Galbraith|Ross') },
  us: { given: S('Bill|Will|Mark|Hope|Grace|Sunny|Brianna|Tyler|Deshawn|Kayleigh|Marisol|Connor|Giovanna|Xiomara|Brendan|Colleen|Shaniqua|Dmitri|Ruthanne|Joaquín|Nadia|Theo'), family: S("Kowalczyk|DiNapoli|Fitzpatrick|Okafor|Thibodeau|Santangelo|McCaffrey|Pereira|Lindqvist|O'Halloran|Vasquez|Haverford|Bouchard|Greenblatt|Nakashima|Castellano") },
  ng: { given: S('Adébáyọ̀|Olúwaseun|Chukwuemeka|Ngozi|Abubakar|Zainab|Ìfẹ́olúwa|Chiamaka|Emeka|Hauwa|Ọláolúwa|Ifeoma|Babatunde|Amina|Obiageli|Sunny|Grace|Ṣadé'), family: S('Adéyẹmí|Okonkwo|Ọ̀ṣúntókun|Eze|Bello|Nwachukwu|Abdullahi|Ogunlẹ́yẹ|Danjuma|Okafor|Adébáyọ̀|Uchenna|Ɗanladi|Akínwùmí|Nnamdi|Yusuf') },
  ph: { given: S('Maricel|Jose Mari|Rowena|Jericho|Lovely|Niño|Princess|Jun-Jun|Kristine Joy|Rhea|Marites|Bong|Arnel|Hope|May|Grace|Dolores|Carmelita'), family: S('dela Cruz|Dimaculangan|Bautista|Macaraeg|Santos|Villanueva|Pangilinan|de los Reyes|Mercado|Manalastas|Dimagiba|Soriano|Evangelista|Pacquing|Lacson|Tolentino') },
  nz: { given: S('Aroha|Wiremu|Hēmi|Rāwiri|Ngaire|Mereana|Tāne|Kiri|Moana|Hinemoa|Manaia|Tama|Sophie|Liam|Mark|Grace|Hope|Will'), family: S('Te Whare|Ngata|Parata|Tāwhiri|Pōmare|Te Rangi|Tūhoe-Walker|Rāwiri|Horomona|Paewai|Henare|Campbell|Whaanga|Te Kani|McKenzie|Tipene') },
  fr: { given: S('Élodie|Gaëlle|Hélène|Blanche|Maëlys|Clément|Benoît|Jérôme|Anaïs|Thérèse|François|Loïc|Cécile|Noémie|Aurélien|Françoise'), family: S("Lefèvre|Brassac|Dumoulin|Gauthier-Lemaire|Péricard|Chevrier|Morvan|Roussel|Delaunay|Bénichou|Arnaud|d'Estrées|Quéré|Faucher") },
  ca: { given: S('Marie-Ève|Geneviève|Étienne|Maxime|Félix|Mélanie|Jean-François|Josée|Rosalie|Blanche|Réjean|Chloé'), family: S('Tremblay|Gagnon|Bélanger|Lévesque|Côté|Bouchard|Pelletier|Thériault|Gosselin|Larouche|Boisvert|Ouellet') },
  de: { given: S('Jürgen|Jörg|Ernst|Sören|Käthe|Björn|Grete|Lüder|Annegret|Maik|Heike|Ute|Gisela|Ralf|Mareike'), family: S('Müller-Lüdenscheidt|Größmann|Schäfer|Weißkopf|Hübner|Brückner|Köhler|Strauß|Jäger|Lößner|Dreßler|Kühn|Fröhlich|Ohlsen') },
  es: { given: S('Begoña|Íñigo|Nuria|Montserrat|Iñaki|Rocío|Luz|Ainhoa|Álvaro|Jesús|Maite|Ángel'), family: S('Muñoz Ibáñez|Echeverría|Castaño|Peña Rubio|Núñez|Gutiérrez Ortega|Sáez|Zubizarreta|Ordóñez|Cañizares') },
  ar: { given: S('Florencia|Agustín|Luz|Martín|Camila|Facundo|Milagros|Nahuel|Ludmila|Gonzalo'), family: S('Fernández Sosa|Quiroga|Acuña|Benítez|Giménez|Ibarra|Sarmiento|Ledesma|Paz|Zabala') },
  cl: { given: S('Constanza|Matías|Javiera|Benjamín|Catalina|Luz|Vicente|Ignacia|Tomás|Antonia'), family: S('Muñoz Fuentes|Contreras|Araya|Sepúlveda|Valenzuela|Riquelme|Cárcamo|Henríquez|Parra|Yáñez') },
  it: { given: S('Serena|Niccolò|Ludovica|Gianluca|Chiara|Raffaele|Beatrice|Nicolò|Ilaria|Fabrizio|Gioia|Mattia'), family: S("D'Alessandro|Esposito|Fabbri|De Luca|Santoro|Mancuso|Cattaneo|Barbieri|Lo Presti|Dell'Acqua|Caruso|Rinaldi") },
  pl: { given: S('Łukasz|Małgorzata|Zofia|Róża|Bartłomiej|Agnieszka|Wojciech|Jędrzej|Grażyna|Paweł|Katarzyna|Stanisław'), family: S('Wiśniewska|Łapińska|Kowalczyk|Żebrowski|Szczęsny|Wróblewska|Dąbrowski|Ślusarczyk|Nowak|Krzyżanowska|Gęsicki|Pietrzak') },
  sv: { given: S('Åsa|Björn|Märta|Göran|Vilja|Linnéa|Sören|Ingrid|Måns|Elin|Jöns|Kerstin'), family: S('Åkesson|Lindström|Sjögren|Öberg|Bäckström|Ekholm|Nyqvist|Håkansson|Strömberg|Dahl|Wärnberg|Löfgren') },
  fi: { given: S('Toivo|Aino|Jyrki|Päivi|Eetu|Sanna|Väinö|Kyllikki|Mikko|Tiina|Ilmari|Säde'), family: S('Mäkinen|Järvinen|Hämäläinen|Kääriäinen|Lehtonen|Peltola|Virtanen|Nieminen|Heikkilä|Räsänen|Kärkkäinen|Ojala') },
  el: { given: S('Elpida|Georgios|Eleni|Dimitrios|Vasiliki|Konstantinos|Panagiota|Ioannis|Chrysoula|Spyridon|Athina|Theodoros'), family: S('Papadopoulou|Georgiou|Konstantinidis|Papanikolaou|Karagianni|Oikonomou|Vlachos|Alexiou|Tsoukalas|Christodoulou|Makri|Zervas') },
  ro: { given: S('Speranța|Ștefan|Ioana|Mădălina|Răzvan|Irina|Bogdan|Cătălina|Mircea|Alexandra|Ionuț|Florentina'), family: S('Popescu|Szőke|Erdős|Țurcanu|Ionescu|Dumitrașcu|Ștefănescu|Constantinescu|Mureșan|Bălan|Căpraru|Rădulescu|Sârbu|Vlădescu') },
}

export interface Person { given: string; family: string; region: string }
// given names that are also words of the text's language, given a little more often so each is somebody
const WORD_NAME: Record<string, string> = { fr: 'Blanche', ca: 'Blanche', de: 'Ernst', es: 'Luz', ar: 'Luz', cl: 'Luz', it: 'Serena', pl: 'Róża', sv: 'Vilja', fi: 'Toivo', el: 'Elpida', ro: 'Speranța' }
export function person(r: Rng, region: string): Person {
  const n = NAMES[region]
  if (!n) throw new Error(`no names ${region}`)
  const w = WORD_NAME[region]
  return { given: w && r.chance(0.08) ? w : r.pick(n.given), family: r.pick(n.family), region }
}
