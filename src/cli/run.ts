/** Entry point of the bundled `loa` (dist/loa.mjs): runs the command line and sets the exit code. */
import { main } from './index.js';

process.exitCode = await main(process.argv.slice(2));
