/**
 * The command-line program. Commands are thin: they parse flags and call the
 * core; only src/bin sets the process exit code.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { sanitize } from '../reporters/sanitize.js';
import { VERSION } from '../version.js';

function nonNegativeInteger(value: string): number {
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new InvalidArgumentError('give a whole number (or -1 for no limit)');
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The options of commands that lint a spec before they turn it into something else. */
function withLintInputs(command: Command): Command {
  return command
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .alignkit.yaml')
    .option('--today <date>', 'the date date-relative rules compare with (YYYY-MM-DD); default: today')
    .option('--color', 'force colour in the findings shown when the spec is refused')
    .option('--no-color', 'disable colour');
}

/** The values of the options withLintInputs() adds. */
function lintInputsOf(opts: Record<string, unknown>) {
  return {
    config: opts.config as string | undefined,
    today: opts.today as string | undefined,
    color: opts.color as boolean | undefined,
    version: VERSION,
  };
}

type Run = { exitCode: number };

export function createProgram(io: Io, run: Run, argv: readonly string[] = []): Command {
  const program = new Command('alignkit')
    .description('Campaign alignment kit for influencer marketing: write every kickoff assumption down as a spec, then check it.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--verbose', 'show stack traces for internal errors')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      'after',
      `
Exit codes:
  0    clean
  1    findings at error level, or more warnings than --max-warnings
  2    usage, configuration or unreadable input
  130  interrupted

Docs: README.md, docs/spec.md`,
    );

  const only = theOnlyCommand(argv);
  for (const [name, register] of COMMANDS) if (only === undefined || name === only) register(program, io, run);
  return program;
}

/**
 * Setting up every command's options and help took about 3 ms of each run (docs/performance.md), so a run
 * that names a command and asks for no help gets that command alone. Any other run (help, a bare
 * `alignkit`, an unknown or misspelt command) gets all of them, so what it prints is unchanged.
 */
function theOnlyCommand(argv: readonly string[]): string | undefined {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return undefined;
  // No option of the program itself takes a value, so the first word that is not an option is the command.
  const named = argv.find((arg) => !arg.startsWith('-'));
  return COMMANDS.some(([name]) => name === named) ? named : undefined;
}

/** Every command, in the order `alignkit --help` lists them. */
const COMMANDS: readonly (readonly [name: string, register: (program: Command, io: Io, run: Run) => void])[] = [
  ['kickoff', registerKickoff],
  ['lint', registerLint],
  ['render', registerRender],
  ['calendar', registerCalendar],
  ['confirm', registerConfirm],
  ['migrate', registerMigrate],
  ['due', registerDue],
  ['sign', registerSign],
  ['status', registerStatus],
  ['checkin', registerCheckin],
  ['wrap', registerWrap],
  ['incident', registerIncident],
  ['diff', registerDiff],
  ['rules', registerRules],
  ['schema', registerSchema],
  ['explain', registerExplain],
];

function registerKickoff(program: Command, io: Io, run: Run): void {
  program
    .command('kickoff')
    .description('Run the kickoff as an interview (or from an answers file) and write a campaign spec that lints clean.')
    .argument('[spec]', 'with --edit: the spec to change')
    .option('-o, --out <file>', 'where to write the spec (default: <campaign-id>.campaign.yaml)')
    .option('-p, --preset <name>', 'start from product-launch, ambassador-program or b2b-thought-leadership (default: product-launch)')
    .option('-a, --answers <file>', 'answer the questions from a YAML file (a partial spec; see README "Kickoff")')
    .option('--defaults', "keep the preset's value for every question the answers file leaves out (or for all of them)", false)
    .option('--resume [draft]', 'continue an interrupted kickoff from .alignkit/drafts/ (name it when there are several)')
    .option('--edit <json-pointer>', 'ask one answer again in an existing spec and change only that value, e.g. /deliverables/0/draft_due')
    .option('--full', 'on a terminal, ask every question (default: the essentials, then a read-back of the rest)', false)
    .option('--force', 'replace an existing spec file', false)
    .option('--no-render', 'do not offer to render the documents at the end')
    .option('-c, --config <file>', 'the configuration to lint the result with (default: the nearest .alignkit.yaml)')
    .option('--today <date>', 'the date to plan from and to lint with (YYYY-MM-DD); default: today')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit kickoff                                   the interview, on a terminal: essentials, then a read-back
  $ alignkit kickoff --full                            every question
  $ alignkit kickoff --preset ambassador-program --out summer.campaign.yaml
  $ alignkit kickoff --answers kickoff-answers.yaml    no questions: answers from a file
  $ alignkit kickoff --answers partial.yaml --defaults the preset fills what the file leaves out
  $ alignkit kickoff --defaults --preset b2b-thought-leadership
  $ alignkit kickoff --resume                          continue after Ctrl-C
  $ alignkit kickoff --edit /deliverables/0/draft_due spring.campaign.yaml

Without a terminal (CI, pipes) kickoff needs --answers or --defaults, and exits 2 otherwise.
Exit codes: 0 written and clean; 1 written with lint errors (or stopped to fix them); 2 usage or input error; 130 interrupted (the draft is kept).`,
    )
    .action(async (spec: string | undefined, opts: Record<string, unknown>) => {
      const { runKickoff } = await import('../commands/kickoff.js');
      run.exitCode = await runKickoff(
        {
          spec,
          out: opts.out as string | undefined,
          preset: opts.preset as string | undefined,
          answers: opts.answers as string | undefined,
          defaults: Boolean(opts.defaults),
          resume: opts.resume as boolean | string | undefined,
          edit: opts.edit as string | undefined,
          full: Boolean(opts.full),
          force: Boolean(opts.force),
          render: opts.render !== false,
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerLint(program: Command, io: Io, run: Run): void {
  program
    .command('lint')
    .description('Check campaign specs against the schema and report every problem with file:line:col.')
    .argument('[paths...]', 'spec files, directories (searched for *.campaign.yaml|yml) or globs; "-" reads standard input', [])
    .addOption(new Option('-f, --format <name[:file]>', 'output format; repeat to write several, e.g. json:report.json').argParser(collect))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output (an existing report is replaced)')
    // Reports are always replaced, as ESLint's are; the flag stays so that scripts written for 0.1 keep working.
    .addOption(new Option('--force').hideHelp().default(false))
    .option('--quiet', 'report errors only, not warnings', false)
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', nonNegativeInteger, -1)
    .option('--stdin-filename <path>', 'the file name to report for a spec read from standard input')
    .option('--sarif-root <dir>', 'SARIF: make file URIs relative to this directory (default: the git repository root)')
    .option('--sarif-include-suppressed', 'SARIF: keep waived findings, marked as suppressed (GitHub would open them as alerts)', false)
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .alignkit.yaml')
    .option('--no-ignore', 'lint the files that ignores: in .alignkit.yaml or .alignkitignore would skip')
    .option('--print-config <file>', 'print the configuration that applies to a spec (JSON) and exit')
    .option('--today <date>', 'the date date-relative rules compare with (YYYY-MM-DD); default: today')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output (NO_COLOR and FORCE_COLOR are honoured too)')
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit lint                                  lint every *.campaign.yaml below the current directory
  $ alignkit lint examples/product-launch.campaign.yaml
  $ alignkit lint "campaigns/**/*.campaign.yaml" --format json -o lint.json
  $ alignkit lint specs/ --format stylish --format json:lint.json
  $ cat spec.yaml | alignkit lint - --stdin-filename spring.campaign.yaml
  $ alignkit lint specs/ --max-warnings 0          fail CI on any warning
  $ alignkit lint --format sarif -o alignkit.sarif upload to GitHub code scanning
  $ alignkit lint --today 2027-03-01               reproducible date-relative checks
  $ alignkit lint --print-config campaigns/spring.campaign.yaml

Formats: stylish (default; github when GITHUB_ACTIONS=true), json, sarif, junit, github.
Configuration: the nearest .alignkit.yaml from the current directory up to the repository root.
Ignores: ignores: in it and the nearest .alignkitignore (gitignore syntax) skip specs in folder and
glob walks; a spec named explicitly and ignored is reported on stderr and skipped.`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runLint } = await import('../commands/lint.js');
      run.exitCode = await runLint(
        {
          paths,
          format: (opts.format as string[] | undefined) ?? [],
          outputFile: opts.outputFile as string | undefined,
          quiet: Boolean(opts.quiet),
          maxWarnings: opts.maxWarnings as number,
          color: opts.color as boolean | undefined,
          stdinFilename: opts.stdinFilename as string | undefined,
          force: Boolean(opts.force),
          config: opts.config as string | undefined,
          today: opts.today as string | undefined,
          sarifRoot: opts.sarifRoot as string | undefined,
          sarifIncludeSuppressed: Boolean(opts.sarifIncludeSuppressed),
          noIgnore: opts.ignore === false,
          printConfig: opts.printConfig as string | undefined,
          version: VERSION,
        },
        io,
      );
    });
}

function registerRender(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('render'))
    .description('Write the creator briefs, the agreement summary and follow-ups as Markdown, HTML pages or PDF, from a spec that lints clean.')
    .argument('[spec]', 'the campaign spec to render')
    .option('-d, --doc <name>', 'brief, agreement, followup or all', 'all')
    .option('-p, --party <id>', "render only this creator's brief")
    .option('--lang <code>', "write every brief in this language (en, fr, fr-CA, de, es) instead of each creator's own, and the agreement and follow-up in it instead of English")
    .option('--followup <file>', 'a follow-up file (kind: FollowUp) to render as a follow-up document')
    .option('-o, --out <dir>', 'output directory, or "-" to write one document to standard output (default: out/<campaign-id>)')
    .option('--templates <dir>', 'templates that replace the built-in ones, file by file (trusted code: see README)')
    .option('--list-templates', 'show which template file is used for each document and partial, and exit', false)
    .option('--force', 'render despite lint errors (pages are marked DRAFT) and replace files alignkit did not write', false)
    // Not variadic: `--format html spec.yaml` must not take the spec for a second format.
    .addOption(
      new Option(
        '-f, --format <formats>',
        'md (default), html, pdf or several (md,html,pdf, or the option repeated): html is one self-contained page per document for phones, pdf a file to forward (A4, or Letter for US and Canadian campaigns)',
      ).argParser(collect),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit render examples/product-launch.campaign.yaml --format md,html,pdf
      also write each document as a self-contained HTML page (phone-friendly) and a PDF
  $ alignkit render examples/product-launch.campaign.yaml
      lint, then write out/nova-buds-pro-launch/{agreement.md,brief-<creator>.md}
  $ alignkit render spec.campaign.yaml --doc brief --party maya-chen --out -
      print one creator's brief
  $ alignkit render spec.campaign.yaml --doc brief --party lea-tremblay --lang fr-CA
      a brief in Canadian French (briefs follow the creator's language by default)
  $ alignkit render spec.campaign.yaml --doc agreement --lang de --format pdf
      the agreement summary in German, as a PDF for a German-speaking legal team
  $ alignkit render spec.campaign.yaml --followup checkins/2027-03-19.followup.yaml
  $ alignkit render spec.campaign.yaml --force        render a draft despite lint errors
  $ alignkit render --list-templates --templates my-templates/

Documents: brief (one per creator), agreement, followup (needs --followup).
Languages: a brief is written in its creator's language (the party's \`language\`, else their
deliverables'): en, fr, fr-CA, de or es; any other language gets English. The agreement summary and
follow-ups are English unless --lang asks for another language.
Templates: --templates <dir>, then .alignkit/templates/, then the built-ins; see README "Templates".`,
    )
    .action(async (spec: string | undefined, opts: Record<string, unknown>) => {
      const { runRender } = await import('../commands/render.js');
      run.exitCode = await runRender(
        {
          spec,
          doc: opts.doc as string,
          party: opts.party as string | undefined,
          lang: opts.lang as string | undefined,
          followup: opts.followup as string | undefined,
          out: opts.out as string | undefined,
          templates: opts.templates as string | undefined,
          force: Boolean(opts.force),
          listTemplates: Boolean(opts.listTemplates),
          format: opts.format as string[] | undefined,
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerCalendar(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('calendar'))
    .description('Write every dated commitment (drafts, reviews, go-lives, check-ins, reports, rights expiry) as an .ics calendar.')
    .argument('<spec>', 'the campaign spec')
    .option('-p, --party <id>', 'only the events that concern this party')
    .option('-o, --out <file>', 'the .ics file to write, or "-" for standard output (default: out/<campaign-id>/calendar.ics)')
    .option('--force', 'write despite lint errors (events are marked DRAFT) and replace a file alignkit did not write', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit calendar examples/product-launch.campaign.yaml
  $ alignkit calendar spec.campaign.yaml --party maya-chen --out maya.ics
  $ alignkit calendar spec.campaign.yaml --out - > campaign.ics

Times carry their time zone (TZID with VTIMEZONE); the same spec always gives the same file.`,
    )
    .action(async (spec: string, opts: Record<string, unknown>) => {
      const { runCalendar } = await import('../commands/calendar.js');
      run.exitCode = await runCalendar(
        {
          spec,
          party: opts.party as string | undefined,
          out: opts.out as string | undefined,
          force: Boolean(opts.force),
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerConfirm(program: Command, io: Io, run: Run): void {
  program
    .command('confirm')
    .description('Confirm values kickoff assumed (kept from a preset or derived) after the team reviewed them: they become stated terms, and no other byte of the spec changes.')
    .argument('<spec>', 'the campaign spec')
    .argument('[pointers...]', 'JSON pointers of the values to confirm; a pointer confirms everything under it')
    .addOption(new Option('-s, --section <name>', 'confirm every assumed value in this top-level section; repeat for several').argParser(collect))
    .option('--all', 'confirm every assumed value', false)
    .option('-l, --list', 'list the assumed values with their place in the file, and confirm nothing', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit confirm spring.campaign.yaml                        on a terminal: value by value
  $ alignkit confirm spring.campaign.yaml --list
  $ alignkit confirm spring.campaign.yaml /approvals/revision_rounds /campaign/languages
  $ alignkit confirm spring.campaign.yaml --section approvals --section payments
  $ alignkit confirm spring.campaign.yaml /approvals/stages/0    everything in the first stage

Confirming removes the values' entries from the spec's "assumed:" list; to change a value instead,
edit it (a changed value is stated). Confirming does not void a sign-off. See README "Confirm".
Exit codes: 0 done; 2 bad usage, or a pointer or section not in the spec (nothing is written); 130 interrupted.`,
    )
    .action(async (spec: string, pointers: string[], opts: Record<string, unknown>) => {
      const { runConfirm } = await import('../commands/confirm.js');
      run.exitCode = await runConfirm({ spec, pointers, sections: (opts.section as string[] | undefined) ?? [], all: Boolean(opts.all), list: Boolean(opts.list) }, io);
    });
}

function registerMigrate(program: Command, io: Io, run: Run): void {
  program
    .command('migrate')
    .description(
      'Move campaign specs from alignkit/v1 to alignkit/v2 in place, keeping what they mean: v2 counts business hours in a Monday-Friday 09:00-17:00 working day, v1 counted every weekday hour.',
    )
    .argument('<specs...>', 'the campaign specs to move')
    .option('--working-day', 'adopt the v2 working day (Mon-Fri 09:00-17:00) for approvers who state no working hours, instead of writing out every weekday hour: a change of terms', false)
    .option('--check', 'change nothing; exit 1 while a spec is still alignkit/v1 (for CI)', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit migrate spring.campaign.yaml
      now alignkit/v2; approvers who stated no working hours keep every weekday hour, written out
  $ alignkit migrate spring.campaign.yaml --working-day
      now alignkit/v2; those approvers review in Mon-Fri 09:00-17:00 (signatures become stale)
  $ alignkit migrate --check campaigns/*.campaign.yaml

Only the apiVersion line changes, and a working_hours block is added per approver; comments and layout stay.
Without --working-day the agreement's version hash is the same before and after, so signatures stand.
Exit codes: 0 done (or nothing to do); 1 with --check, a spec is still alignkit/v1; 2 bad usage, or a
file that is not an alignkit campaign spec (nothing is written).`,
    )
    .action(async (specs: string[], opts: Record<string, unknown>) => {
      const { runMigrate } = await import('../commands/migrate.js');
      run.exitCode = await runMigrate({ specs, workingDay: Boolean(opts.workingDay), check: Boolean(opts.check) }, io);
    });
}

function registerDue(program: Command, io: Io, run: Run): void {
  program
    .command('due')
    .description(
      'Across campaign specs, every dated commitment that is due or overdue (drafts, reviews, go-lives, check-ins, reports, wrap, renewal, rights and exclusivity ends, open follow-up actions), per party.',
    )
    .argument('[paths...]', 'spec files or folders (default: the current folder)')
    .option('--today <date>', 'the date to count from (YYYY-MM-DD); default: today')
    .option('-w, --within <days>', 'list what falls due in this many days, today included', '7d')
    .option('--since <days>', 'list a passed deadline as overdue for this many days', '14d')
    .option('-p, --party <id>', 'only what this party owes')
    .option('-f, --format <name>', 'text, json, github (annotations) or ics (a calendar feed)', 'text')
    .option('--by <grouping>', 'group the text per party (what each owes) or per campaign', 'party')
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit due campaigns/                               what everyone owes this week
  $ alignkit due campaigns/ --party sara-lind --within 14d
  $ alignkit due campaigns/ --by campaign
  $ alignkit due campaigns/ --format github               in a scheduled workflow
  $ alignkit due campaigns/ --party maya-chen --format ics > maya-due.ics

A spec holds plans, not completions: a deadline that passed is listed as overdue for --since days,
then dropped; a follow-up action item stays overdue until a follow-up marks it done or dropped.
Exit codes: 0 nothing overdue; 1 something is overdue; 2 bad usage, or a spec that could not be read (the rest are listed).`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runDue } = await import('../commands/due.js');
      run.exitCode = await runDue(
        {
          paths,
          today: opts.today as string | undefined,
          within: opts.within as string,
          since: opts.since as string,
          party: opts.party as string | undefined,
          format: opts.format as string,
          by: opts.by as string,
        },
        io,
      );
    });
}

function registerSign(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('sign'))
    .description("Sign the agreement as it is now for one party: records signer, time and the agreement's SHA-256 in the sign-off ledger next to the spec.")
    .argument('<spec>', 'the campaign spec')
    .option('-p, --party <id>', 'the party signing (one who is Accountable in the RACI or holds sign_contract)')
    .option('-n, --name <signer>', 'the full name of the person signing')
    .option('--at <datetime>', 'when they signed, with an offset (e.g. 2027-01-20T10:00:00-05:00); default: now')
    .option('--key <file>', 'also sign with this SSH private key (ssh-keygen -Y sign); status verifies it')
    .option('--force', 'sign despite lint errors in the spec', false)
    .option('--accept-assumptions', 'sign although values are still assumed (kept from a preset, never confirmed); the ledger records which', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit sign spring.campaign.yaml --party ines-alvarez --name "Ines Alvarez"
  $ alignkit sign spring.campaign.yaml --party maya-chen --name "Maya Chen" --key ~/.ssh/id_ed25519
  $ alignkit sign spring.campaign.yaml --party dana-whitfield --name "Dana Whitfield" --at 2027-01-20T10:00:00-05:00

  $ alignkit sign spring.campaign.yaml --party maya-chen --name "Maya Chen" --accept-assumptions

The ledger is spring.signoff.yaml next to spring.campaign.yaml: commit it with the spec.
The spec itself is never rewritten. sign refuses (exit 1) while values are assumed: confirm
them with alignkit confirm, or accept them with --accept-assumptions. See README "Sign-off".`,
    )
    .action(async (spec: string, opts: Record<string, unknown>) => {
      const { runSign } = await import('../commands/sign.js');
      run.exitCode = await runSign(
        {
          spec,
          party: opts.party as string | undefined,
          name: opts.name as string | undefined,
          at: opts.at as string | undefined,
          key: opts.key as string | undefined,
          force: Boolean(opts.force),
          acceptAssumptions: Boolean(opts.acceptAssumptions),
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerStatus(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('status'))
    .description('Show who signed which version of the agreement, whose sign-off is stale, who still has to sign, and whether it is LOCKED.')
    .argument('<spec>', 'the campaign spec')
    .option('--require-locked', 'exit 1 unless every signatory signed the current agreement (a CI gate)', false)
    .option('-f, --format <name>', 'text or json', 'text')
    .option('--allowed-signers <file>', "an OpenSSH allowed_signers file: SSH signatures must be by the key listed for the party's email")
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit status spring.campaign.yaml
  $ alignkit status spring.campaign.yaml --require-locked      in CI: fail unless LOCKED
  $ alignkit status spring.campaign.yaml --format json | jq .locked
  $ alignkit status spring.campaign.yaml --allowed-signers .alignkit/allowed_signers

Exit codes: 0 shown; 1 not locked (with --require-locked) or the spec fails the schema; 2 bad usage.`,
    )
    .action(async (spec: string, opts: Record<string, unknown>) => {
      const { runStatus } = await import('../commands/status.js');
      run.exitCode = await runStatus(
        {
          spec,
          requireLocked: Boolean(opts.requireLocked),
          format: opts.format as string,
          allowedSigners: opts.allowedSigners as string | undefined,
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerCheckin(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('checkin'))
    .description('Record a check-in as a follow-up file next to the spec and render the follow-up document (KPI pace, overdue items, changes that need a new sign-off).')
    .argument('<spec>', 'the campaign spec')
    .option('-a, --answers <file>', 'the check-in written down: decisions, action items, KPI actuals, … (see README "Check-ins"); without it, the questions are asked on the terminal')
    .option('--date <date>', 'the day of the check-in (YYYY-MM-DD); default: the date in the answers, else today')
    .option('-o, --out <file>', 'the follow-up file to write (default: <spec name>.<date>.followup.yaml next to the spec)')
    .option('--docs <dir>', 'where the follow-up document goes (default: out/<campaign-id>)')
    .option('--no-render', 'write the follow-up file only')
    .option('--lang <code>', 'write the follow-up document in this language: en (default), fr, fr-CA, de or es')
    .option('--force', 'replace an existing follow-up file or document', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit checkin spring.campaign.yaml                       asks the check-in on the terminal
  $ alignkit checkin spring.campaign.yaml --answers day-10.yaml
      writes spring.2027-03-19.followup.yaml and out/<campaign-id>/followup-2027-03-19.md
  $ alignkit checkin spring.campaign.yaml --answers notes.yaml --date 2027-03-26 --no-render
  $ alignkit checkin spring.campaign.yaml --answers day-10.yaml --lang fr   the document in French

A check-in never changes the spec or its sign-off ledger. Requested changes to the agreement
are listed as needing a new sign-off; action items past due in earlier follow-ups are listed as overdue.`,
    )
    .action(async (spec: string, opts: Record<string, unknown>) => {
      const { runCheckin } = await import('../commands/checkin.js');
      run.exitCode = await runCheckin(
        {
          spec,
          answers: opts.answers as string | undefined,
          date: opts.date as string | undefined,
          out: opts.out as string | undefined,
          docs: opts.docs as string | undefined,
          lang: opts.lang as string | undefined,
          render: opts.render !== false,
          force: Boolean(opts.force),
          interactive: io.stdinIsTTY === true && !io.env.CI,
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerWrap(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('wrap'))
    .description(
      "Record the campaign's measured end as a wrap report next to the spec and render the wrap document: KPIs against target, delivered against planned, cost per result, incidents, and the renewal outcome the agreed criteria point to.",
    )
    .argument('<spec>', 'the campaign spec')
    .option('-a, --answers <file>', 'the wrap written down: kpi_actuals, delivered, costs, learnings, … (see docs/wrap.md)')
    .option('--date <date>', 'the day of the wrap report (YYYY-MM-DD); default: the date in the answers, else today')
    .option('-o, --out <file>', 'the wrap report file to write (default: <spec name>.wrap.yaml next to the spec)')
    .option('--docs <dir>', 'where the wrap document goes (default: out/<campaign-id>)')
    .option('--no-render', 'write the wrap report file only')
    .option('--force', 'replace an existing wrap report or document; allow a wrap dated before the campaign ends (marked provisional)', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit wrap spring.campaign.yaml --answers actuals.yaml
      writes spring.wrap.yaml and out/<campaign-id>/wrap.md
  $ alignkit wrap spring.campaign.yaml --answers actuals.yaml --date 2027-05-06 --no-render
  $ alignkit wrap spring.campaign.yaml --answers interim.yaml --date 2027-04-01 --force   an interim wrap

The renewal outcome follows communication.formal_review: a missed KPI criterion with if_missed: end
ends, one with if_missed: adjust adjusts; written criteria are judged in the wrap's criteria: with evidence.
Follow-ups and incident records next to the spec are read for pacing and incidents.
Exit codes: 0 recorded; 1 the wrap report has problems (listed with file:line:col); 2 bad usage or input.`,
    )
    .action(async (spec: string, opts: Record<string, unknown>) => {
      const { runWrap } = await import('../commands/wrap.js');
      run.exitCode = await runWrap(
        {
          spec,
          answers: opts.answers as string | undefined,
          date: opts.date as string | undefined,
          out: opts.out as string | undefined,
          docs: opts.docs as string | undefined,
          render: opts.render !== false,
          force: Boolean(opts.force),
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerIncident(program: Command, io: Io, run: Run): void {
  withLintInputs(program.command('incident'))
    .description(
      "Rate an incident with the spec's severity matrix (reach, reputation, relationship), record it next to the spec and render the response plan: who to call in order with their local time, deadlines, pause steps, the holding statement and the joint-response checklist.",
    )
    .argument('<spec>', 'the campaign spec')
    .option('-a, --answers <file>', 'the incident written down (see docs/incident.md); without it, the questions are asked on the terminal')
    .option('--now <time>', 'the time local times and "if ordered now" deadlines are shown at, with its zone (default: when it was detected)')
    .option('-o, --out <file>', 'the incident file to write (default: <spec name>.<date>.<id>.incident.yaml next to the spec)')
    .option('--docs <dir>', 'where the response plan goes (default: out/<campaign-id>)')
    .option('--no-render', 'write the incident file only')
    .option('--force', 'replace an existing incident file or document', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit incident spring.campaign.yaml                          asks on the terminal
  $ alignkit incident spring.campaign.yaml --answers sound.yaml
      writes spring.2027-03-15.sound-complaints.incident.yaml and out/<campaign-id>/incident-2027-03-15-sound-complaints.md
  $ alignkit incident spring.campaign.yaml --answers sound.yaml --now "2027-03-15T23:10 America/New_York" --force

Severity: the worst of reach (contained, spreading, viral), reputation (minor, damaging, severe) and
relationship (intact, strained, broken) gives sev3, sev2 or sev1; set severity: with severity_reason: to overrule it.
The next follow-up and the wrap report list the incident; update status: and resolution: in its file.
Exit codes: 0 recorded; 1 the incident has problems (listed with file:line:col); 2 bad usage or input; 130 interrupted (answers kept).`,
    )
    .action(async (spec: string, opts: Record<string, unknown>) => {
      const { runIncident } = await import('../commands/incident.js');
      run.exitCode = await runIncident(
        {
          spec,
          answers: opts.answers as string | undefined,
          now: opts.now as string | undefined,
          out: opts.out as string | undefined,
          docs: opts.docs as string | undefined,
          render: opts.render !== false,
          force: Boolean(opts.force),
          interactive: io.stdinIsTTY === true && !io.env.CI,
          ...lintInputsOf(opts),
        },
        io,
      );
    });
}

function registerDiff(program: Command, io: Io, run: Run): void {
  program
    .command('diff')
    .description('Show what changed in the agreement between two versions: material or cosmetic, and what changed for each party.')
    .argument('[versions...]', 'two versions to compare (files or git:<rev>:<path>), or one spec with --since-signoff')
    .option('--since-signoff', 'compare the spec with the last version everyone signed (from its sign-off ledger)', false)
    .option('-f, --format <name>', 'markdown or json', 'markdown')
    .option('--exit-code', 'exit 1 when there are material changes (for CI)', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit diff --since-signoff spring.campaign.yaml
  $ alignkit diff git:HEAD~1:spring.campaign.yaml spring.campaign.yaml
  $ alignkit diff git:v1.0:spring.campaign.yaml git:main:spring.campaign.yaml --format json
  $ alignkit diff old.campaign.yaml new.campaign.yaml > changes.md

Material: anything that changes what someone must do, deliver, pay, approve or may use.
Cosmetic: names, titles, descriptions, brief notes and contact details.
Only the agreement is compared: internal notes, the paid media plan and the decision log are left out.`,
    )
    .action(async (versions: string[], opts: Record<string, unknown>) => {
      const { runDiff } = await import('../commands/diff.js');
      run.exitCode = await runDiff({ sides: versions, sinceSignoff: Boolean(opts.sinceSignoff), format: opts.format as string, exitCode: Boolean(opts.exitCode) }, io);
    });
}

function registerRules(program: Command, io: Io, run: Run): void {
  program
    .command('rules')
    .description('List every rule with its default severity, category and what it checks.')
    .option('--json', 'print the list as JSON (for tools and editors)', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit rules
  $ alignkit rules --json | jq '.rules[] | select(.severity == "error") | .id'

Change severities in .alignkit.yaml; see README.md and docs/rules/.`,
    )
    .action(async (opts: { json: boolean }) => {
      const { runRulesCommand } = await import('../commands/rules.js');
      run.exitCode = runRulesCommand({ json: opts.json }, io);
    });
}

function registerSchema(program: Command, io: Io, run: Run): void {
  program
    .command('schema')
    .description('Print one of the JSON Schemas of this installation, or its path (for editor modelines and other validators).')
    .argument('[name]', 'campaign, config, followup, wrap, incident or due-report', 'campaign')
    .option('--path', 'print the absolute path of the schema file instead of its content', false)
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit schema --path                 the campaign schema, for "# yaml-language-server: $schema=<path>"
  $ alignkit schema config --path
  $ alignkit schema > campaign.schema.json  a copy to commit next to your specs
  $ alignkit schema due-report             what "alignkit due --format json" prints

Programs using Ajv: import { addAlignkitVocabulary } from 'alignkit/ajv' declares the schemas'
x- keywords and registers alignkit's formats, so the schemas compile in strict mode.`,
    )
    .action(async (name: string, opts: { path: boolean }) => {
      const { runSchema } = await import('../commands/schema.js');
      run.exitCode = runSchema({ name, path: opts.path }, io);
    });
}

function registerExplain(program: Command, io: Io, run: Run): void {
  program
    .command('explain')
    .description('Show why a rule exists, an example it flags and one that passes, and how to configure or waive it.')
    .argument('<rule-id>', 'a rule id, as printed at the end of each lint finding')
    .addHelpText(
      'after',
      `
Examples:
  $ alignkit explain approval-chain-fits
  $ alignkit explain disclosure-label-accepted > disclosure.md`,
    )
    .action(async (id: string) => {
      const { runExplain } = await import('../commands/rules.js');
      run.exitCode = await runExplain(id, io);
    });
}

/** Runs the CLI in-process and returns the exit code; never throws, never exits. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const run = { exitCode: EXIT.clean as number };
  const program = createProgram(io, run, argv);
  const verbose = argv.includes('--verbose');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return run.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (error instanceof UsageError) {
      // Messages can quote the input (a key, an id): never let it act on the terminal.
      io.stderr.write(`alignkit: ${sanitize(error.message)}\n`);
      return EXIT.usage;
    }
    const e = error as Error;
    io.stderr.write(`alignkit: internal error: ${sanitize(e?.message ?? String(error))}\n`);
    io.stderr.write(verbose ? `${e?.stack ?? ''}\n` : 'Run again with --verbose for details, and please report it.\n');
    return EXIT.usage;
  }
}
