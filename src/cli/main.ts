/** Entry point of the `pdx` binary. */
import { main } from './program.js';

process.exitCode = await main(process.argv);
