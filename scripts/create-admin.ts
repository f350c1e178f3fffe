// `npm run create-admin`: creates a user (an admin unless --role editor) from the command line, or
// with --reset-password sets a new password for an existing one. Details come from flags, then the
// environment (ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD), then prompts when a person is at the terminal.
// Run through tsx with `--conditions=react-server` (see package.json), like every script here.
import { stdin, stdout } from 'node:process';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import {
  closeDatabase,
  createUserFromCommandLine,
  migrateDatabase,
  resetPasswordFromCommandLine,
} from '@/db/store';
import { checkPasswordPolicy } from '@/lib/auth/password-policy';
import { emailSchema, roleSchema, userNameSchema } from '@/lib/auth/user-schema';
import { command, type Fail } from './lib/command';

const USAGE = `Usage: npm run create-admin -- [options]

  --email <address>   the user's email (or ADMIN_EMAIL)
  --name <name>       their display name (or ADMIN_NAME; default: the part of the email before @)
  --password <pw>     at least 12 characters (or ADMIN_PASSWORD; prompted when omitted at a terminal).
                      Prefer the prompt or the variable: a flag stays in your shell history.
  --role <role>       admin (default) or editor
  --reset-password    set a new password for an existing user instead (ends their sessions)
  -h, --help          show this help`;

const cli = command('create-admin', USAGE);
const fail: Fail = cli.fail;

function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) stdout.write(chunk);
      callback();
    },
  });
  const rl = readline.createInterface({ input: stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) stdout.write('\n');
      resolve(answer);
    });
    muted = hidden; // after the question is written: hide what is typed
  });
}

async function main() {
  const args = cli.args(
    {
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        'reset-password': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    },
    2,
  ).values;
  const interactive = Boolean(stdin.isTTY && stdout.isTTY);
  const need = async (value: string | undefined, question: string, hidden = false) => {
    if (value !== undefined && value !== '') return value;
    if (!interactive)
      fail(
        `missing ${question.replace(/: $/, '').toLowerCase()} (pass a flag or set the variable; see --help)`,
        2,
      );
    return ask(question, hidden);
  };

  const email = emailSchema.safeParse(await need(args.email ?? process.env.ADMIN_EMAIL, 'Email: '));
  if (!email.success) fail(email.error.issues[0]?.message ?? 'invalid email', 2);

  let password = args.password ?? process.env.ADMIN_PASSWORD;
  if (password === undefined || password === '') {
    password = await need(undefined, 'Password (at least 12 characters): ', true);
    if (interactive && (await ask('Repeat the password: ', true)) !== password)
      fail('the passwords differ', 2);
  }
  const problem = checkPasswordPolicy(password, { email: email.data });
  if (problem) fail(`password: ${problem}`, 2);

  cli.config();
  try {
    await migrateDatabase();

    if (args['reset-password']) {
      const result = await resetPasswordFromCommandLine({ email: email.data, password });
      if (!result.ok)
        fail(result.code === 'not_found' ? `no user has the email ${email.data}` : result.message);
      console.log(
        `[create-admin] new password set for ${result.user.email}; their sessions have ended`,
      );
      return;
    }

    const role = roleSchema.safeParse(args.role ?? 'admin');
    if (!role.success) fail('--role must be admin or editor', 2);
    const defaultName = email.data.split('@')[0] ?? email.data;
    const rawName =
      args.name ??
      process.env.ADMIN_NAME ??
      (interactive ? (await ask(`Name [${defaultName}]: `)) || defaultName : defaultName);
    const name = userNameSchema.safeParse(rawName);
    if (!name.success) fail(name.error.issues[0]?.message ?? 'invalid name', 2);

    const result = await createUserFromCommandLine({
      email: email.data,
      name: name.data,
      role: role.data,
      password,
    });
    if (!result.ok) {
      fail(
        result.code === 'email_taken'
          ? `${email.data} already has an account (use --reset-password to set a new password)`
          : result.message,
      );
    }
    console.log(
      `[create-admin] created ${result.user.role} ${result.user.name} <${result.user.email}>`,
    );
  } finally {
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error('[create-admin] failed:', error);
  process.exit(1);
});
