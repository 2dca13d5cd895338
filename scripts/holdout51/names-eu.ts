// Given names (female, male) and family names of the eight European locales. Polish family names are given as
// `masculine/feminine`; Spanish people get two family names, Portuguese people one or two (sometimes with `da` / `dos`).
import type { NameList } from "./names-en.ts"

export const NAMES_EU: Record<string, NameList> = {
  "de-DE": {
    f: ["Lena", "Anna", "Jana", "Sabine", "Katrin", "Ute", "Sophie", "Birgit", "Anke", "Franziska", "Merve", "Dörte"],
    m: ["Jürgen", "Lukas", "Matthias", "Stefan", "Jörg", "Tobias", "Frank", "Uwe", "Dirk", "Björn", "Ernst", "Mehmet"],
    fam: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Köhler", "Krüger", "Zimmermann", "Neumann", "Yılmaz", "Öztürk", "Großmann", "Weiß"],
  },
  "fr-FR": {
    f: ["Camille", "Manon", "Chloé", "Léa", "Inès", "Élodie", "Sandrine", "Nathalie", "Margaux", "Océane", "Rose", "Maëlys"],
    m: ["Julien", "Mathieu", "Théo", "Nicolas", "Sébastien", "Jean-Pierre", "François", "Hugo", "Karim", "Yanis", "Loïc", "Gaëtan"],
    fam: ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fontaine", "Chevalier", "Benali", "Lemaire", "Mercier", "Faure", "Rousseau", "Gauthier", "Le Gall", "Perrin"],
  },
  "es-ES": {
    f: ["Lucía", "María José", "Carmen", "Paula", "Nerea", "Ainhoa", "Rocío", "Marta", "Irene", "Pilar", "Begoña", "Dolores"],
    m: ["Javier", "Álvaro", "Sergio", "Iñaki", "Pablo", "José Luis", "Alejandro", "Jordi", "Raúl", "Óscar", "Ignacio", "Rubén"],
    fam: ["García", "Fernández", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Ruiz", "Jiménez", "Muñoz", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Iglesias", "Ortega", "Ibáñez"],
  },
  "it-IT": {
    f: ["Giulia", "Francesca", "Chiara", "Federica", "Alessia", "Martina", "Serena", "Valentina", "Elisa", "Ilaria", "Gioia", "Benedetta"],
    m: ["Marco", "Luca", "Matteo", "Alessandro", "Davide", "Giuseppe", "Niccolò", "Andrea", "Stefano", "Gianluca", "Salvatore", "Fabrizio"],
    fam: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti", "De Luca", "D'Angelo", "Mancini", "Lombardi", "Barbieri", "Santoro", "Caruso"],
  },
  "nl-NL": {
    f: ["Sanne", "Fleur", "Lotte", "Anouk", "Femke", "Iris", "Noor", "Marieke", "Esther", "Yara", "Ilse", "Roos"],
    m: ["Daan", "Bram", "Thijs", "Joost", "Ruben", "Sven", "Pieter", "Wouter", "Jeroen", "Mohamed", "Gijs", "Stijn"],
    fam: ["de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Dijkstra", "El Amrani", "Kuipers"],
  },
  "pt-PT": {
    f: ["Ana", "Beatriz", "Inês", "Mariana", "Catarina", "Sofia", "Joana", "Rita", "Leonor", "Matilde", "Graça", "Conceição"],
    m: ["João", "Tiago", "Rui", "Miguel", "Diogo", "Gonçalo", "Pedro", "Nuno", "Duarte", "Luís", "Vasco", "Tomás"],
    fam: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Magalhães"],
  },
  "pl-PL": {
    f: ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Zofia", "Aleksandra", "Natalia", "Ewelina"],
    m: ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Marcin", "Jakub", "Wojciech", "Grzegorz"],
    fam: ["Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Wójcik", "Kowalczyk", "Kamiński/Kamińska", "Lewandowski/Lewandowska", "Zieliński/Zielińska", "Szymański/Szymańska", "Woźniak", "Dąbrowski/Dąbrowska", "Kozłowski/Kozłowska", "Mazur", "Jankowski/Jankowska", "Krawczyk", "Grabowski/Grabowska", "Pawlak", "Michalski/Michalska"],
  },
  "sv-SE": {
    f: ["Anna", "Elin", "Maja", "Ebba", "Åsa", "Linnéa", "Sara", "Ingrid", "Frida", "Karin", "Vilja", "Hedvig"],
    m: ["Erik", "Lars", "Johan", "Oskar", "Björn", "Mikael", "Per", "Anders", "Nils", "Gustav", "Sixten", "Göran"],
    fam: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Lindberg", "Bergström", "Åberg", "Sjöberg", "Engström", "Öberg", "Nyström"],
  },
}

/** Polish vocatives of the given names (`Pani Anno`, `Panie Piotrze`). */
export const PL_VOCATIVE: Record<string, string> = {
  Anna: "Anno", Katarzyna: "Katarzyno", Małgorzata: "Małgorzato", Agnieszka: "Agnieszko", Joanna: "Joanno", Magdalena: "Magdaleno", Zofia: "Zofio",
  Aleksandra: "Aleksandro", Natalia: "Natalio", Ewelina: "Ewelino", Piotr: "Piotrze", Krzysztof: "Krzysztofie", Tomasz: "Tomaszu", Paweł: "Pawle",
  Michał: "Michale", Łukasz: "Łukaszu", Marcin: "Marcinie", Jakub: "Jakubie", Wojciech: "Wojciechu", Grzegorz: "Grzegorzu",
}
