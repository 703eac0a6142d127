// Runs the `kg` CLI from source (through tsx), so viewer tests need no prior `npm run build` of dist/.
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
