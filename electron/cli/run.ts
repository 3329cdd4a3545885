/** The entry point the CLI bundle starts from: runs {@link main} on the process's arguments. */
import { main } from './remit.js';

process.exitCode = await main(process.argv.slice(2));
