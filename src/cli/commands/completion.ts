/**
 * `pdx completion bash|zsh`: print a shell completion script. The commands,
 * their options and the fixed choices of option values and arguments are read
 * from the commander program itself, so the script follows every new option.
 * A command's operands and the value of an option such as `--out <dir>`
 * complete as file names; a free value (`--title <text>`) completes as nothing.
 */
import { Argument, type Command, type Option } from 'commander';

export const COMPLETION_SHELLS = ['bash', 'zsh'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

interface OptionSpec {
  flags: string[];
  description: string;
  /** Whether the option takes a value; `choices` are its fixed values, if any. */
  takesValue: boolean;
  choices: string[];
  /** Whether its value names a file or folder (`<file>`, `<dir>` …), which then completes as a path. */
  takesPath: boolean;
}

interface CommandSpec {
  /** Empty for the program itself, which also gets the default command's options. */
  name: string;
  description: string;
  options: OptionSpec[];
  /** Fixed choices of the first argument (e.g. `completion <shell>`), if any. */
  argumentChoices: string[];
  /** Whether the command takes operands at all (file names then complete). */
  takesOperands: boolean;
}

function optionSpec(option: Option): OptionSpec {
  return {
    flags: [option.short, option.long].filter((flag): flag is string => Boolean(flag)),
    description: option.description,
    takesValue: option.required || option.optional,
    choices: option.argChoices ?? [],
    takesPath: /<(file|dir|path|folder)s?(\.\.\.)?>/.test(option.flags),
  };
}

function describeProgram(program: Command): { commands: CommandSpec[]; root: CommandSpec } {
  const help = program.createHelp();
  const spec = (command: Command, name: string, extra: Option[] = []): CommandSpec => {
    const first = command.registeredArguments[0];
    return {
      name,
      description: command.description(),
      options: [...help.visibleOptions(command), ...extra].map(optionSpec),
      argumentChoices: first?.argChoices ?? [],
      takesOperands: command.registeredArguments.length > 0,
    };
  };
  const visible = help.visibleCommands(program).filter((command) => command.name() !== 'help');
  // The default command (`pdx FILE…` is `pdx extract FILE…`) lends its options to the bare program.
  const fallback = visible.find((command) => (program as unknown as { _defaultCommandName?: string })._defaultCommandName === command.name());
  const root = spec(program, '', fallback ? help.visibleOptions(fallback).filter((option) => option.long !== '--help') : []);
  root.takesOperands = Boolean(fallback?.registeredArguments.length);
  return { commands: visible.map((command) => spec(command, command.name())), root };
}

const shellWord = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function bashScript(program: Command): string {
  const { commands, root } = describeProgram(program);
  const all = [root, ...commands];
  const key = (command: CommandSpec): string => command.name || '_';
  const valueCases: string[] = [];
  for (const command of all) {
    for (const option of command.options.filter((item) => item.takesValue)) {
      const words =
        option.choices.length > 0
          ? `COMPREPLY=( $(compgen -W ${shellWord(option.choices.join(' '))} -- "$cur") )`
          : option.takesPath
            ? 'COMPREPLY=( $(compgen -f -- "$cur") )'
            : 'COMPREPLY=()';
      valueCases.push(`    (${option.flags.map((flag) => `${key(command)}:${flag}`).join('|')}) ${words}; return ;;`);
    }
  }
  const optionCases = all.map((command) => `    (${key(command)}) opts=${shellWord(command.options.flatMap((item) => item.flags).join(' '))} ;;`);
  const operandCases = all.map((command) => {
    const words = command.name === '' ? commands.map((item) => item.name) : command.argumentChoices;
    const parts = [
      words.length > 0 ? `$(compgen -W ${shellWord(words.join(' '))} -- "$cur")` : '',
      command.takesOperands && command.argumentChoices.length === 0 ? '$(compgen -f -- "$cur")' : '',
    ];
    return `    (${key(command)}) COMPREPLY=( ${parts.filter(Boolean).join(' ')} ) ;;`;
  });
  return `# bash completion for pdx (policy-directives), printed by \`pdx completion bash\`.
# Load it in this shell:     source <(pdx completion bash)
# or for every new shell:    pdx completion bash > ~/.local/share/bash-completion/completions/pdx
_pdx_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="_" i word opts
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  COMPREPLY=()
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word="\${COMP_WORDS[i]}"
${findCommand(all, valueCases, optionCases)}
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    return
  fi
  case "$cmd" in
${operandCases.join('\n')}
  esac
}
complete -o filenames -F _pdx_completion pdx policy-directives
`;
}

function shellPattern(words: string[]): string {
  // A pattern that matches nothing keeps the `case` valid when the list is empty.
  return words.length > 0 ? words.join('|') : '__pdx_none__';
}

/**
 * What both scripts do the same way, in `case` syntax bash and zsh share
 * (`(pattern)`): the rest of the loop over the words before the cursor, which
 * finds the command (skipping options and their values), then the value of
 * the option before the cursor, else the options of that command in `opts`.
 */
function findCommand(all: readonly CommandSpec[], valueCases: readonly string[], optionCases: readonly string[]): string {
  const valueFlags = [...new Set(all.flatMap((command) => command.options.filter((item) => item.takesValue).flatMap((item) => item.flags)))];
  const names = all.map((command) => command.name).filter(Boolean);
  return `    case "$word" in
      (${shellPattern(valueFlags)}) (( i++ )) ;;
      (-*) ;;
      (${shellPattern(names)}) cmd="$word"; break ;;
      (*) break ;;
    esac
  done
  case "$cmd:$prev" in
${valueCases.join('\n')}
  esac
  case "$cmd" in
${optionCases.join('\n')}
  esac`;
}

function zshScript(program: Command): string {
  const { commands, root } = describeProgram(program);
  const all = [root, ...commands];
  const key = (command: CommandSpec): string => command.name || '_';
  const described = (name: string, description: string): string => shellWord(`${name.replace(/:/g, '\\:')}:${oneLine(description)}`);
  const valueCases: string[] = [];
  for (const command of all) {
    for (const option of command.options.filter((item) => item.takesValue)) {
      const words =
        option.choices.length > 0
          ? `compadd -- ${option.choices.map(shellWord).join(' ')}`
          : option.takesPath
            ? '_files'
            : `_message ${shellWord(oneLine(option.description))}`;
      valueCases.push(`    (${option.flags.map((flag) => `${key(command)}:${flag}`).join('|')}) ${words}; return ;;`);
    }
  }
  const optionCases = all.map(
    (command) =>
      `    (${key(command)}) opts=(${command.options.flatMap((option) => option.flags.map((flag) => described(flag, option.description))).join(' ')}) ;;`,
  );
  const operandCases = all.map((command) => {
    const lines: string[] = [];
    if (command.name === '')
      lines.push(`subcommands=(${commands.map((item) => described(item.name, item.description)).join(' ')}); _describe -t commands 'pdx command' subcommands`);
    if (command.argumentChoices.length > 0) lines.push(`compadd -- ${command.argumentChoices.map(shellWord).join(' ')}`);
    else if (command.takesOperands) lines.push('_files');
    return `    (${key(command)}) ${lines.length > 0 ? lines.join('; ') : ':'} ;;`;
  });
  return `#compdef pdx policy-directives
# zsh completion for pdx (policy-directives), printed by \`pdx completion zsh\`.
# Load it in this shell:     source <(pdx completion zsh)     (after compinit)
# or for every new shell:    pdx completion zsh > "\${fpath[1]}/_pdx"
_pdx() {
  local cmd=_ prev="\${words[CURRENT-1]}" word i
  local -a opts subcommands
  for (( i = 2; i < CURRENT; i++ )); do
    word="\${words[i]}"
${findCommand(all, valueCases, optionCases)}
  if [[ "$PREFIX" == -* ]]; then
    _describe -t options 'option' opts
    return
  fi
  case "$cmd" in
${operandCases.join('\n')}
  esac
}
if [[ "\${funcstack[1]}" == _pdx ]]; then
  _pdx "$@"
else
  compdef _pdx pdx policy-directives
fi
`;
}

/** The completion script of `program` for `shell`. */
export function completionScript(program: Command, shell: CompletionShell): string {
  return shell === 'bash' ? bashScript(program) : zshScript(program);
}

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script for bash or zsh')
    .addArgument(new Argument('<shell>', 'bash or zsh').choices(COMPLETION_SHELLS))
    .addHelpText(
      'after',
      `
Examples:
  $ source <(pdx completion bash)                                   complete pdx in this bash
  $ pdx completion bash > ~/.local/share/bash-completion/completions/pdx
  $ pdx completion zsh > "\${fpath[1]}/_pdx"                          zsh, for every new shell`,
    )
    .action((shell: CompletionShell) => {
      process.stdout.write(completionScript(program, shell));
    });
}
