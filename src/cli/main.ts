import fs from 'node:fs';
import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { roles } from '../shared/roles.ts';
import { err, out, reportError } from './output.ts';
import { withDatabase } from './with-database.ts';

const program = new Command()
  .name('pontis')
  .description('Pontis: municipal project partnerships between cities.\nSettings come from environment variables (see README: Configuration).')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: true });

const run =
  // `any[]`: commander hands each action its own argument types; `unknown[]` would refuse them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (fn: (...args: any[]) => Promise<void>) =>
    async (...args: unknown[]) => {
      try {
        await fn(...args);
      } catch (error) {
        process.exitCode = reportError(error);
      }
    };

program
  .command('serve')
  .description('Start the web server (migrates the database; loads the demo partnership on an empty database)')
  .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
  .option('--host <host>', 'address to bind (default: HOST or 127.0.0.1)')
  .option('--no-demo', 'do not load the demo partnership into an empty database')
  .action(
    run(async (opts: { port?: string; host?: string; demo: boolean }) => {
      const { startServer } = await import('../server/start-server.ts');
      const overrides = {
        ...(opts.port !== undefined ? { port: Number(opts.port) } : {}),
        ...(opts.host ? { host: opts.host } : {}),
      };
      const config = loadConfig(process.env, overrides);
      const server = await startServer(config, { demo: opts.demo && config.demo === 'auto' });
      out('');
      out(`Pontis is running at ${server.url}  (database: ${server.database.engine}, ${server.database.location})`);
      if (server.firstRun.demoLoaded) out('Loaded the demo partnership Dortmund – Cluj-Napoca.');
      if (server.firstRun.admin) {
        out('Sign in as the demo administrator (this password is shown only now):');
        out(`  e-mail:   ${server.firstRun.admin.email}`);
        out(`  password: ${server.firstRun.admin.password}`);
      }
      if (server.firstRun.demoAccounts.length) {
        const { printNewDemoAccounts } = await import('./demo-accounts.ts');
        printNewDemoAccounts(server.firstRun.demoAccounts);
      }
      if (server.firstRun.admin) out('Lost a password? Stop the server and run: pontis user reset-password <e-mail>');
      out('API documentation: ' + `${server.url}/api/docs`);
      out('Press Ctrl+C to stop.');
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    }),
  );

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(
    run(async () => {
      const { openDatabaseFromConfig } = await import('../db/open-from-config.ts');
      const { migrate } = await import('../db/migrate.ts');
      const database = await openDatabaseFromConfig(loadConfig(), 'pontis migrate');
      try {
        const result = await migrate(database);
        out(result.applied.length ? `Applied: ${result.applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await database.close();
      }
    }),
  );

const seed = program.command('seed').description('Load data into the database');
seed
  .command('demo')
  .description(
    "Load the demo partnership Dortmund – Cluj-Napoca with its demo accounts (does nothing if it is loaded already); prints a JSON summary on stdout and the new accounts' passwords once on stderr",
  )
  .action(
    run(async () => {
      const { seedDemo } = await import('../features/demo/index.ts');
      const { syncThemes } = await import('../features/themes/index.ts');
      await withDatabase(loadConfig(), 'pontis seed demo', async (ctx) => {
        await syncThemes(ctx.db);
        const { accounts, ...summary } = await seedDemo(ctx);
        out(JSON.stringify({ ...summary, accounts: accounts.length }, null, 2));
        const { printNewDemoAccounts } = await import('./demo-accounts.ts');
        printNewDemoAccounts(accounts, err);
      });
    }),
  );

const searchIndex = program.command('search').description('Manage the search index');
searchIndex
  .command('reindex')
  .description('Rebuild the search index of all organisations, offers, requests and people (progress on stderr)')
  .action(
    run(async () => {
      const { reindexAll } = await import('../features/search/index.ts');
      const { progressBar } = await import('./progress-bar.ts');
      await withDatabase(loadConfig(), 'pontis search reindex', async (ctx) => {
        const bar = progressBar();
        const result = await reindexAll(ctx, { onProgress: (done, total) => bar.update('Indexing organisations', done, total, done) });
        bar.finish();
        out(`Indexed ${result.organisations} organisations and ${result.people} people.`);
      });
    }),
  );

const user = program.command('user').description('Manage user accounts');
user
  .command('create')
  .description('Create a user; prints a generated password unless --password-stdin is given')
  .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
  .addOption(new Option('--role <role>', 'role').choices([...roles]).makeOptionMandatory())
  .option('--city <city>', 'city key, name or alias (required for coordinators)')
  .option('--organisation <key>', 'organisation key (required for organisation editors)')
  .option('--name <name>', 'display name (default: the part of the e-mail before @)')
  .option('--password-stdin', 'read the password from standard input instead of generating one')
  .action(
    run(async (opts: { email: string; role: (typeof roles)[number]; city?: string; organisation?: string; name?: string; passwordStdin?: boolean }) => {
      const { createUserFromCli } = await import('./user-create.ts');
      const password = opts.passwordStdin ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
      await withDatabase(loadConfig(), 'pontis user create', async (ctx) => {
        const result = await createUserFromCli(ctx, { ...opts, password });
        out(`Created ${result.role} ${result.email}.`);
        if (result.generatedPassword) out(`Password (shown only now): ${result.generatedPassword}`);
      });
    }),
  );

user
  .command('reset-password')
  .description(
    'Set a new password for an account (e.g. a lost demo or admin password); prints a generated one unless --password-stdin is given; signs the account out everywhere and revokes its API tokens and calendar feed links',
  )
  .argument('<email>', 'e-mail address of the account')
  .option('--password-stdin', 'read the new password from standard input instead of generating one')
  .action(
    run(async (email: string, opts: { passwordStdin?: boolean }) => {
      const { setUserPassword } = await import('../features/auth/index.ts');
      const password = opts.passwordStdin ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
      await withDatabase(loadConfig(), 'pontis user reset-password', async (ctx) => {
        const result = await setUserPassword(ctx, { email, password });
        out(
          `New password set for ${result.email}; signed out everywhere, ${result.revoked.apiTokens} API token(s) and ${result.revoked.calendarFeeds} calendar feed link(s) revoked.`,
        );
        if (result.generatedPassword) out(`Password (shown only now): ${result.generatedPassword}`);
      });
    }),
  );

const demo = program.command('demo').description('The demo partnership Dortmund – Cluj-Napoca');
demo
  .command('accounts')
  .description('List the demo accounts (e-mail, role, city, organisation); passwords are not stored, see pontis user reset-password')
  .option('--json', 'print a JSON array')
  .action(
    run(async (opts: { json?: boolean }) => {
      const { demoAccountsFromCli } = await import('./demo-accounts.ts');
      await withDatabase(loadConfig(), 'pontis demo accounts', (ctx) => demoAccountsFromCli(ctx, opts));
    }),
  );

program
  .command('import')
  .description('Import a Pontis interchange file (pontis-interchange/1): all or nothing, idempotent by key')
  .argument('<file>', 'JSON file in the interchange format')
  .option('--dry-run', 'validate and resolve references only; write nothing')
  .action(
    run(async (file: string, opts: { dryRun?: boolean }) => {
      const { readInterchangeFile } = await import('./read-interchange-file.ts');
      const { importInterchange } = await import('../features/interchange/index.ts');
      const document = readInterchangeFile(file);
      await withDatabase(loadConfig(), 'pontis import', async (ctx) => {
        const { actingAs, importSource } = await import('../shared/actor.ts');
        const { basename } = await import('node:path');
        const summary = await importInterchange({ ...ctx, actor: actingAs(ctx.actor, importSource(basename(file))) }, document, { dryRun: opts.dryRun });
        out(JSON.stringify(summary, null, 2));
        if (opts.dryRun) out('Dry run: nothing was written.');
      });
    }),
  );

program
  .command('import-csv')
  .description('Import organisations from a CSV file (spreadsheet export): validated first, all or nothing unless --skip-invalid, idempotent by key')
  .argument('<file>', 'CSV file, UTF-8 (with or without BOM), separated by comma, semicolon or tab')
  .option('--city <city>', 'city of rows without a city column or cell (key, name or alias)')
  .option('--mapping <file>', 'JSON file mapping fields to column names, e.g. {"name": "Denumire", "kind": "Tip"}')
  .option('--map <field=Column>', 'map one field to a column (repeatable; wins over --mapping)', (value: string, list: string[] = []) => [...list, value])
  .option('--dry-run', 'validate only; write nothing')
  .option('--skip-invalid', 'import the valid rows and list the invalid ones as skipped')
  .option('--report <file>', 'write every problem to this file (.csv, or .json)')
  .option('--batch-size <n>', 'rows written per batch (default 500)')
  .addHelpText(
    'after',
    '\nFields: key, name, kind, city, website, languages, description, descriptionLang, themes,\n  offerTitle, offerText, offerCategory, requestTitle, requestText, requestCategory.\nWithout a mapping, columns are matched by their names in German, Romanian, English or Hungarian.\nExit code 1 when rows are invalid and nothing was written.',
  )
  .action(
    run(async (file: string, opts: import('./import-csv.ts').ImportCsvCliOptions) => {
      const { importCsvFromCli } = await import('./import-csv.ts');
      await withDatabase(loadConfig(), 'pontis import-csv', async (ctx) => {
        process.exitCode = await importCsvFromCli(ctx, file, opts);
      });
    }),
  );

const calls = program.command('calls').description('EU funding calls from the EU Funding & Tenders Portal');
calls
  .command('import')
  .description("Import the portal's reference file (grantsTenders.json) or a page of its search API: streamed, all or nothing, idempotent by identifier")
  .argument('<file>', 'JSON file')
  .option('--json', 'print the summary as JSON')
  .action(
    run(async (file: string, opts: import('./calls.ts').CallsImportCliOptions) => {
      const { importCallsFromCli } = await import('./calls.ts');
      await withDatabase(loadConfig(), 'pontis calls import', (ctx) => importCallsFromCli(ctx, file, opts));
    }),
  );
calls
  .command('list')
  .description('List calls, soonest deadline first; status computed from the dates (default: open and forthcoming)')
  .option('--open', 'only open calls')
  .option('--status <status>', 'forthcoming, open or closed')
  .option('--programme <code>', 'programme code, e.g. HORIZON, CERV, LIFE, DIGITAL')
  .option('--limit <n>', 'how many (default 100)')
  .option('--at <time>', 'judge statuses at this ISO 8601 time instead of now')
  .option('--json', 'print a JSON array of { identifier, title, programme, nextDeadline, status }')
  .action(
    run(async (opts: import('./calls.ts').CallsListCliOptions) => {
      const { listCallsFromCli } = await import('./calls.ts');
      await withDatabase(loadConfig(), 'pontis calls list', (ctx) => listCallsFromCli(ctx, opts));
    }),
  );
calls
  .command('sync')
  .description(
    "Download the portal's reference file if it changed (PONTIS_CALLS_URL, conditional GET) and import it; offline keeps the data; refuses (exit 1) while a server process syncs the same URL",
  )
  .option('--url <url>', 'download from this URL instead of PONTIS_CALLS_URL')
  .option('--json', 'print the result as JSON')
  .action(
    run(async (opts: import('./calls.ts').CallsSyncCliOptions) => {
      const { syncCallsFromCli } = await import('./calls.ts');
      await withDatabase(loadConfig(), 'pontis calls sync', async (ctx) => {
        process.exitCode = await syncCallsFromCli(ctx, opts);
      });
    }),
  );

program
  .command('matches')
  .description('Partner suggestions for an organisation: organisations in partner cities, best first, with reasons')
  .argument('<organisation>', 'organisation key (as given at import) or id')
  .option('--limit <n>', 'how many suggestions (1-50, default 10)')
  .option('--json', 'print a JSON array instead of a table')
  .option('--lang <lang>', 'language of the reasons: de, ro, en or hu (default en)')
  .action(
    run(async (organisation: string, opts: import('./matches.ts').MatchesCliOptions) => {
      const { matchesFromCli } = await import('./matches.ts');
      await withDatabase(loadConfig(), 'pontis matches', (ctx) => matchesFromCli(ctx, organisation, opts));
    }),
  );

const activitiesCommand = program.command('activities').description('Exchange activities of partnerships');
activitiesCommand
  .command('report')
  .description(
    'The participation report of an activity for the funder: direct participants per country, city, organisation kind, gender and role, invited international participants, attendance, and the CERV rules checked',
  )
  .argument('<key>', 'the interchange key of the activity')
  .option('--json', 'print the report as JSON: { participants, byCountry, invitedInternational, rules, … }')
  .action(
    run(async (key: string, opts: import('./activities-report.ts').ActivitiesReportCliOptions) => {
      const { activitiesReportFromCli } = await import('./activities-report.ts');
      await withDatabase(loadConfig(), 'pontis activities report', (ctx) => activitiesReportFromCli(ctx, key, opts));
    }),
  );

program
  .command('export')
  .description('Export cities, partnerships and organisations as a Pontis interchange file')
  .option('-o, --out <file>', 'write to this file instead of standard output')
  .action(
    run(async (opts: { out?: string }) => {
      const { exportInterchange } = await import('../features/interchange/index.ts');
      await withDatabase(loadConfig(), 'pontis export', async (ctx) => {
        const document = await exportInterchange(ctx);
        const json = `${JSON.stringify(document, null, 2)}\n`;
        if (opts.out) {
          fs.writeFileSync(opts.out, json);
          process.stderr.write(`Wrote ${opts.out}\n`);
        } else process.stdout.write(json);
      });
    }),
  );

program
  .command('backup')
  .description('Write every table (users, documents, audit …) to one file as one consistent snapshot; works while a server runs (progress on stderr)')
  .requiredOption('-o, --out <file>', 'the backup file to write (gzip-compressed JSON lines)')
  .action(
    run(async (opts: { out: string }) => {
      const { backupFromCli } = await import('./backup.ts');
      await backupFromCli(loadConfig(), opts.out);
    }),
  );

program
  .command('restore')
  .description('Load a backup into an empty data directory or database, all or nothing; refuses one that holds data')
  .argument('<file>', 'a file written by pontis backup')
  .action(
    run(async (file: string) => {
      const { restoreFromCli } = await import('./backup.ts');
      await restoreFromCli(loadConfig(), file);
    }),
  );

await program.parseAsync(process.argv);
