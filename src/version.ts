/** The package version, stamped into every output's `generator`. */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
