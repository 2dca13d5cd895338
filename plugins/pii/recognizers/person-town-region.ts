// A town written before its state or province and postcode, as an address's last line is in the US, Canada and
// Australia (`Cary NC 27519`, `Glen Waverley VIC 3150`, `Gatineau, QC J8T 4K2`): the words are the town, not a person,
// however many of them are first names.

const US_STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
const AU_STATES = "NSW|VIC|QLD|SA|WA|TAS|ACT|NT"
const CA_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
/** The region's code, then the postcode of its country's shape, and no more digits after it. */
const REGION_POSTCODE_AFTER = new RegExp(
  String.raw`^,?[ \t]+(?:(?:${US_STATES})[ \t]+\d{5}(?:-\d{4})?|(?:${AU_STATES})[ \t]+\d{4}|(?:${CA_PROVINCES})[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\p{L}\p{N}])`,
  "u",
)

/** Whether the words ending at `end` are a town before its state or province and postcode. */
export function townBeforeRegion(text: string, end: number): boolean {
  // A comma or a space, then a capital: most names are followed by neither a capital nor a comma and a capital.
  const c = text.charCodeAt(end)
  if (c !== 44 && c !== 32 && c !== 9) return false
  return REGION_POSTCODE_AFTER.test(text.slice(end, end + 16))
}
