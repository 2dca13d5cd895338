// Names of the eleven other locales. Gendered family names are pairs [masculine, feminine]. Each list holds names that
// are also words of its language (German Sommer, Winter; French Rose, Prudence; Spanish Luz, Blanco; Italian Felice,
// Bianco; Dutch Bakker, Koning; Polish Lato, Zima; Czech Zima, Král; Swedish Dag, Ström; Danish Hans; Portuguese
// Graça, Branco; Bulgarian Надежда, Вяра).
import type { NameList } from "./names.ts"

export const EU_NAMES: Record<string, NameList> = {
  "de-DE": {
    m: ["Lukas", "Jonas", "Thomas", "Mehmet", "Stefan", "Jürgen", "Ali", "Wolfgang", "Dmitri", "Felix", "Uwe", "Tobias", "Jan-Erik"],
    f: ["Anna", "Sabine", "Ayşe", "Katrin", "Jana", "Leonie", "Ursula", "Mia", "Elif", "Monika", "Birgit", "Svetlana", "Anne-Marie"],
    fam: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Yılmaz", "Becker", "Hoffmann", "Schäfer", "Koch", "Kaya", "Richter",
      "Wagner", "Sommer", "Winter", "Nowak", "Popović", "Krüger", "Neumann", "Zimmermann", "Şahin", "Bauer"],
  },
  "fr-FR": {
    m: ["Jean", "Thomas", "Nicolas", "Karim", "Mamadou", "Julien", "Pierre", "Mehdi", "Théo", "Antoine", "Youssef", "Loïc", "Jean-Luc"],
    f: ["Marie", "Camille", "Léa", "Nathalie", "Fatoumata", "Inès", "Sophie", "Chloé", "Amina", "Élodie", "Rose", "Prudence", "Anne-Sophie"],
    fam: ["Martin", "Bernard", "Dubois", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Benali", "Nguyen", "Diallo", "Lefèvre",
      "Girard", "Bonnet", "Traoré", "Mercier", "Haddad", "Fontaine", "Rousseau", "Chevalier", "Le Goff", "Giraud"],
  },
  "es-ES": {
    m: ["Javier", "Alejandro", "Pablo", "Sergio", "Jorge", "Iker", "Mohamed", "Andrei", "Jordi", "Álvaro", "Raúl", "José Manuel"],
    f: ["María", "Lucía", "Carmen", "Laura", "Ainhoa", "Nerea", "Luz", "Montserrat", "Pilar", "Fátima", "Irene", "María José"],
    fam: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Blanco", "Gómez", "Ruiz", "Jiménez",
      "El Amrani", "Popescu", "Etxeberria", "Puig", "Navarro", "Torres", "Domínguez", "Castro", "Ortega", "Vázquez"],
  },
  "it-IT": {
    m: ["Marco", "Giuseppe", "Luca", "Alessandro", "Francesco", "Matteo", "Giovanni", "Felice", "Ahmed", "Davide", "Salvatore", "Gian Marco"],
    f: ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Elena", "Serena", "Federica", "Ioana", "Maria Grazia"],
    fam: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
      "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Bianco", "Hoxha", "Barbieri"],
  },
  "nl-NL": {
    m: ["Daan", "Sem", "Lars", "Bram", "Thijs", "Mohamed", "Youssef", "Jeroen", "Pieter", "Ruben", "Kevin", "Emre"],
    f: ["Emma", "Sanne", "Lotte", "Fleur", "Anouk", "Fatima", "Iris", "Roos", "Esther", "Merel", "Yasmina", "Linda"],
    fam: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer",
      "Mulder", "de Groot", "Bos", "Koning", "Yılmaz", "El Idrissi", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Kramer"],
  },
  "pl-PL": {
    m: ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Grzegorz", "Wojciech", "Andrij", "Mateusz"],
    f: ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Ewa", "Zofia", "Aleksandra", "Natalia", "Olena", "Dorota"],
    fam: ["Nowak", ["Kowalski", "Kowalska"], ["Wiśniewski", "Wiśniewska"], "Wójcik", ["Kamiński", "Kamińska"], ["Lewandowski", "Lewandowska"],
      ["Zieliński", "Zielińska"], ["Szymański", "Szymańska"], "Woźniak", ["Dąbrowski", "Dąbrowska"], ["Kozłowski", "Kozłowska"], "Mazur",
      "Krawczyk", "Lato", "Zima", ["Grabowski", "Grabowska"], "Pawlak", ["Michalski", "Michalska"], "Kowalczyk", "Szewczenko"],
  },
  "cs-CZ": {
    m: ["Jan", "Petr", "Jiří", "Tomáš", "Martin", "Lukáš", "Jakub", "Ondřej", "David", "Pavel", "Vojtěch", "Minh"],
    f: ["Jana", "Eva", "Hana", "Lenka", "Kateřina", "Lucie", "Veronika", "Tereza", "Petra", "Markéta", "Zuzana", "Thu"],
    fam: [["Novák", "Nováková"], ["Svoboda", "Svobodová"], ["Novotný", "Novotná"], ["Dvořák", "Dvořáková"], ["Černý", "Černá"],
      ["Procházka", "Procházková"], ["Kučera", "Kučerová"], ["Horák", "Horáková"], ["Němec", "Němcová"], ["Pokorný", "Pokorná"],
      ["Zima", "Zimová"], ["Král", "Králová"], ["Pospíšil", "Pospíšilová"], "Nguyen", ["Hájek", "Hájková"], ["Jelínek", "Jelínková"],
      ["Růžička", "Růžičková"], ["Beneš", "Benešová"], ["Vlček", "Vlčková"], ["Sedláček", "Sedláčková"]],
  },
  "sv-SE": {
    m: ["Erik", "Lars", "Anders", "Johan", "Mikael", "Oscar", "Ahmed", "Dag", "Björn", "Nils", "Hassan", "Karl-Johan"],
    f: ["Anna", "Eva", "Maria", "Karin", "Sara", "Elin", "Ebba", "Fatima", "Ingrid", "Astrid", "Linnea", "Amira"],
    fam: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
      "Lindqvist", "Ström", "Ali", "Yusuf", "Hussein", "Lindström", "Bergström", "Sandberg", "Åberg", "Öberg", "Kaya", "Nyström"],
  },
  "da-DK": {
    m: ["Mads", "Rasmus", "Frederik", "Søren", "Jesper", "Hans", "Niels", "Ahmed", "Mikkel", "Kasper", "Emil", "Jens Peter"],
    f: ["Mette", "Camilla", "Sofie", "Ida", "Freja", "Louise", "Pernille", "Lærke", "Signe", "Aisha", "Birgitte", "Kirsten"],
    fam: ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen",
      "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Poulsen", "Mortensen", "Özdemir", "Kjær", "Holm", "Bjerregaard"],
  },
  "pt-PT": {
    m: ["João", "José", "António", "Francisco", "Rui", "Pedro", "Tiago", "Nuno", "Diogo", "Miguel", "Ivo", "João Pedro"],
    f: ["Maria", "Ana", "Beatriz", "Inês", "Mariana", "Catarina", "Joana", "Sofia", "Graça", "Leonor", "Rita", "Aminata"],
    fam: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves",
      "Gomes", "Lopes", "Marques", "Branco", "Carvalho", "da Costa", "dos Santos", "Monteiro", "Tavares", "Mendes", "Baptista"],
  },
  "bg-BG": {
    m: ["Георги", "Иван", "Димитър", "Николай", "Петър", "Стоян", "Христо", "Ахмед", "Мехмед", "Васил", "Александър", "Йордан"],
    f: ["Мария", "Елена", "Десислава", "Надежда", "Вяра", "Гергана", "Цветелина", "Светла", "Айше", "Радостина", "Милена", "Теодора"],
    fam: [["Иванов", "Иванова"], ["Георгиев", "Георгиева"], ["Димитров", "Димитрова"], ["Петров", "Петрова"], ["Николов", "Николова"],
      ["Христов", "Христова"], ["Стоянов", "Стоянова"], ["Тодоров", "Тодорова"], ["Илиев", "Илиева"], ["Атанасов", "Атанасова"],
      ["Ангелов", "Ангелова"], ["Колев", "Колева"], ["Маринов", "Маринова"], ["Юсеинов", "Юсеинова"], ["Ахмедов", "Ахмедова"],
      ["Попов", "Попова"], ["Костадинов", "Костадинова"], ["Русев", "Русева"], ["Шишков", "Шишкова"], ["Цанков", "Цанкова"]],
  },
}
