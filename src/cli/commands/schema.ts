/** `pdx schema`: the JSON Schema of the output (schema version 1), made from the zod schema. */
import type { Command } from 'commander';
import { documentJsonSchema } from '../../schema.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output (schema version 1)')
    .addHelpText('after', "\nExamples:\n  $ pdx schema > pdx-v1.schema.json\n  $ pdx schema | jq '.properties.clauses.items.properties | keys'")
    .action(() => {
      process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
    });
}
