// Names of the eight Englishes: given names (female, male) and family names. Some given and family names are also
// ordinary words (Grace, Hope, Summer, May, Rose, Mark; Lane, Park, Sterling): a text never has both the word and the
// name.

export interface NameList {
  f: string[]
  m: string[]
  /** Family names; `Masc/Fem` where the form follows gender, `Masc/Fem/Vocative` in Czech. */
  fam: string[]
  /** Vocatives of given names (Polish, Czech). */
  voc?: Record<string, string>
}

const w = (s: string) => s.split(" ")
const b = (s: string) => s.split("|")

export const NAMES_EN: Record<string, NameList> = {
  "en-US": {
    f: w("Emily Jessica Ashley Megan Lauren Brittany Keisha Maria Grace Hope Summer Madison Tanisha Rachel"),
    m: w("Michael Tyler Brandon Jamal Carlos Kevin Mark Derek Austin Marcus Ethan Cody"),
    fam: b("Johnson|Williams|Rodriguez|Nguyen|Thompson|Jackson|Martinez|Kim|Okafor|Sullivan|Reyes|Washington|Park|Lane|Sterling|Brooks|Harper|Delgado|Whitaker|Coleman"),
  },
  "en-GB": {
    f: w("Charlotte Sophie Amelia Hannah Rose Priya Chloe Bethany Imogen May Harriet Yasmin"),
    m: w("Oliver Harry James Callum Rhys Mohammed Tom Alistair Dev Gareth Mark Nathaniel"),
    fam: b("Thompson|Evans|Hughes|Patel|Khan|Wright|Clarke|Featherstone|Ashworth|MacLeod|Pritchard|Okonkwo|Whitehead|Lane|Sterling|Barker|Holloway|Rahman"),
  },
  "en-IE": {
    f: w("Aoife Niamh Siobhán Caoimhe Orla Gráinne Sinéad Ciara Róisín Grace Méabh"),
    m: w("Seán Cian Oisín Darragh Pádraig Conor Eoin Colm Donal Fionn Tadhg"),
    fam: b("O'Brien|Murphy|Kelly|Byrne|Ryan|O'Sullivan|Walsh|McCarthy|Doyle|Gallagher|Ó Súilleabháin/Ní Shúilleabháin|Fitzgerald|Nolan|Brennan|Mac Giolla Phádraig|Ó Briain/Ní Bhriain"),
  },
  "en-AU": {
    f: w("Chloe Jessica Matilda Isla Mia Tahlia Grace Hope Lily Sienna"),
    m: w("Jack Lachlan Riley Brodie Kane Mitchell Harrison Tom Mark Angus"),
    fam: b("Smith|Nguyen|Papadopoulos|Kelly|Wilson|Taylor|Anderson|Tran|Russo|O'Connor|Lane|Baxter|McKenzie|Pham|Kowalczyk"),
  },
  "en-NZ": {
    f: w("Aroha Mere Ngaio Olivia Charlotte Isla Hana Kiri Summer Ruby Anahera"),
    m: w("Wiremu Tāne Nikau Rawiri Liam Hamish Finn Sione Tama Mark"),
    fam: b("Ngata|Parata|Henare|Tipene|Walker|Reid|Cooper|Mackay|Taufa|Whaanga|Te Rangi|Park|Fa'afoi"),
  },
  "en-CA": {
    f: w("Chloé Émilie Geneviève Jasleen Mei Sarah Megan Gurpreet Nathalie Hope Simran"),
    m: w("Marc-André Jean-François Harjit Wei Liam Ethan Étienne Mathieu Connor Jagdeep"),
    fam: b("Tremblay|Gagnon|Roy|Côté|Bouchard|Sandhu|Gill|Chen|Wong|MacDonald|Campbell|Bélanger|Lavoie|Grewal|Leblanc|Lane"),
  },
  "en-IN": {
    f: w("Priya Ananya Kavya Sneha Lakshmi Deepika Meera Pooja Aishwarya Nandini Fatima"),
    m: w("Rahul Arjun Vikram Sandeep Karthik Rohan Aditya Suresh Imran Manish Harpreet"),
    fam: b("Sharma|Iyer|Reddy|Nair|Gupta|Menon|Krishnan|Banerjee|Chatterjee|Rao|Desai|Kulkarni|Singh|Khan|Joshi|Pillai"),
  },
  "en-ZA": {
    f: w("Thandiwe Nomvula Lerato Palesa Zanele Anneke Marike Yolandi Fatima Priyanka Grace"),
    m: w("Sipho Thabo Mandla Kagiso Pieter Johan Riaan Sizwe Tumelo Ridwaan"),
    fam: b("Dlamini|Nkosi|Mokoena|Khumalo|Ndlovu|van der Merwe|du Plessis|Botha|Pretorius|Naidoo|Pillay|Molefe|Mahlangu|Venter|Govender|Abrahams"),
  },
}
