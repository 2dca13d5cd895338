// Names of the other European locales, of many origins. `Masc/Fem` where the family name changes with gender.
import type { NameList } from "./people.ts"

export const NAMES_EU: Record<string, NameList> = {
  "de-CH": {
    m: ["Urs", "Beat", "Reto", "Lukas", "Arben", "Nuno", "Thivakaran", "Jonas", "Mehmet", "Andrin"],
    f: ["Regula", "Stefanie", "Corinne", "Blerina", "Seraina", "Ana", "Tamara", "Vreni", "Elif", "Nadja"],
    fam: ["Müller", "Meier", "Brunner", "Keller", "Gerber", "Frei", "Sommer", "Berisha", "Krasniqi", "Ferreira", "Zürcher", "Baumgartner", "Yıldız", "Tschopp"],
  },
  "fr-CA": {
    m: ["Jean-François", "Mathieu", "Éric", "Dieudonné", "Karim", "Olivier", "Réjean", "Minh-Tri", "Samuel", "Ghislain"],
    f: ["Geneviève", "Marie-Ève", "Blanche", "Claire", "Rose", "Chantal", "Nadège", "Mylène", "Josée", "Yasmina"],
    fam: ["Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Pierre-Louis", "Jean-Baptiste", "Haddad", "Nguyen", "Lévesque", "Thibodeau", "Ouellet", "Bergeron", "Lachance"],
  },
  "es-MX": {
    m: ["José Luis", "Juan Carlos", "Itzamná", "Alejandro", "Cuauhtémoc", "Rodrigo", "Emiliano", "Kenji", "Omar", "Jesús"],
    f: ["Xóchitl", "Itzel", "Guadalupe", "Luz", "Rosa", "Dolores", "Fernanda", "Ximena", "Yareli", "Mariana"],
    fam: ["Hernández López", "García Ruiz", "Martínez", "Canché", "Pech", "Ramírez", "Abud", "Sánchez Villalobos", "Torres", "Gutiérrez", "Domínguez", "Cervantes", "Moreno", "Chávez"],
  },
  "it-CH": {
    m: ["Felice", "Gianluca", "Mattia", "Nicola", "Dragan", "Ardit", "Tiago", "Fabrizio", "Samuele", "Lorenzo"],
    f: ["Serena", "Chiara", "Giulia", "Manuela", "Jelena", "Ermira", "Raquel", "Sabrina", "Noemi", "Ilaria"],
    fam: ["Bernasconi", "Pedrazzini", "Gianella", "Lurati", "Fontana", "Rusconi", "Jovanović", "Hoxha", "Pereira", "Cattaneo", "Bianchi", "Soldati", "Zanetti", "Crivelli"],
  },
  "nl-BE": {
    m: ["Wout", "Jef", "Pieter-Jan", "Youssef", "Emre", "Christophe", "Kabeya", "Bart", "Tomasz", "Lowie"],
    f: ["Lieve", "Roos", "Ine", "Lotte", "Fatima", "Nele", "Hanne", "Grietje", "Mbali", "Annelies"],
    fam: ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "De Smet", "Van Damme", "Vermeulen", "Koning", "El Amrani", "Boukhari", "Yilmaz", "Mbuyi", "Wouters"],
  },
  "nb-NO": {
    m: ["Dag", "Eirik", "Håkon", "Sindre", "Ánte", "Abdirahman", "Kamran", "Piotr", "Øyvind", "Magnus"],
    f: ["Sol", "Ingrid", "Sigrid", "Solveig", "Máret", "Hodan", "Nadia", "Thu", "Kari", "Ragnhild"],
    fam: ["Hansen", "Johansen", "Olsen", "Haugen", "Solberg", "Berg", "Somby", "Gaup", "Warsame", "Rana", "Kowalski", "Nguyen", "Bakke", "Lindstrøm"],
  },
  "fi-FI": {
    m: ["Toivo", "Onni", "Juha", "Mikko", "Tuomas", "Björn", "Abdi", "Dmitri", "Jarkko", "Eero"],
    f: ["Lumi", "Aino", "Eeva", "Satu", "Johanna", "Linnea", "Hodan", "Katja", "Riikka", "Tiina"],
    fam: ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Järvinen", "Lindqvist", "Holmström", "Ivanova", "Hassan", "Heikkilä", "Koskinen", "Laaksonen", "Rantanen", "Kallio"],
  },
  "hu-HU": {
    m: ["Bence", "Gergő", "László", "Zoltán", "Attila", "Dávid", "Norbert", "Tamás", "Ferenc", "Csaba"],
    f: ["Virág", "Zsófia", "Réka", "Ildikó", "Erzsébet", "Krisztina", "Anikó", "Boglárka", "Tünde", "Nóra"],
    fam: ["Nagy", "Fekete", "Kovács", "Tóth", "Szabó", "Horváth", "Lakatos", "Balogh", "Wágner", "Molnár", "Farkas", "Papp", "Oláh", "Szűcs"],
    familyFirst: true,
  },
  "ro-RO": {
    m: ["Mihai", "Ștefan", "Bogdan", "Andrei", "Levente", "Memet", "Costel", "Radu", "Ionuț", "Florin"],
    f: ["Speranța", "Doina", "Andreea", "Ioana", "Mădălina", "Enikő", "Aylin", "Cristina", "Roxana", "Oana"],
    fam: ["Popescu", "Ionescu", "Dumitru", "Crăciun", "Stan", "Szabó", "Memet", "Rusu", "Munteanu", "Constantinescu", "Lungu", "Neagu", "Vasilescu", "Moldovan"],
  },
  "sk-SK": {
    m: ["Martin", "Peter", "Juraj", "Milan", "Ľubomír", "Attila", "Oleksandr", "Dušan", "Matej", "Vladimír"],
    f: ["Zuzana", "Jana", "Katarína", "Lucia", "Michaela", "Erika", "Oksana", "Ľudmila", "Simona", "Veronika"],
    fam: ["Kováč/Kováčová", "Horváth/Horváthová", "Baláž/Balážová", "Kráľ/Kráľová", "Zima/Zimová", "Varga/Vargová", "Nagy/Nagyová", "Tkáč/Tkáčová", "Šimko/Šimková", "Hudák/Hudáková", "Kravčenko", "Nguyen", "Lukáč/Lukáčová", "Oravec/Oravcová"],
  },
  "hr-HR": {
    m: ["Luka", "Ivan", "Ante", "Matej", "Hrvoje", "Tomislav", "Emir", "Dražen", "Marko", "Goran"],
    f: ["Nada", "Zora", "Ivana", "Marija", "Mateja", "Amra", "Snježana", "Petra", "Ana", "Željka"],
    fam: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Petrović", "Hodžić", "Knežević", "Vuković", "Perić", "Radić", "Šimić", "Božić", "Matijević"],
  },
  "el-GR": {
    m: ["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας", "Παναγιώτης", "Αρτέμ", "Ερμίρ", "Χρήστος", "Σπύρος", "Βασίλης"],
    f: ["Ελπίδα", "Ειρήνη", "Χαρά", "Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Σοφία", "Ρένα", "Βασιλική"],
    fam: ["Παπαδόπουλος/Παπαδοπούλου", "Γεωργίου", "Νικολάου", "Παπαδάκης/Παπαδάκη", "Οικονόμου", "Καραγιάννης/Καραγιάννη", "Αλεξίου", "Ιωαννίδης/Ιωαννίδου", "Χατζηδάκης/Χατζηδάκη", "Μπέκας/Μπέκα", "Σαββίδης/Σαββίδου", "Δημητρίου", "Λαμπράκης/Λαμπράκη", "Κωνσταντίνου"],
  },
}
