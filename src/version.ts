/** The package version, stamped into every output's `generator`. */
import packageJson from '../package.json' with { type: 'json' };

/** The version of this package (what `pdx --version` prints and `generator.version` records). */
export const VERSION: string = packageJson.version;
