import { rootCommand, rootForUsage, VERSION } from "./cli/root.ts"
import { renderUsage } from "./cli/usage.ts"
process.stdout.write(await renderUsage(rootForUsage(rootCommand()), ["cxedge"], false))
