// Migrates the configured database; on a new (empty) database also loads the sample content. Makes
// the secrets that live beside the database, and on a database without users creates the first admin.
// Run through tsx with `--conditions=react-server` (see package.json), like every script here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  closeDatabase,
  createFirstAdminIfNone,
  migrateDatabase,
  seedSampleContent,
} from '@/db/store';
import { generatePassword } from '@/lib/auth/password';
import { checkPasswordPolicy } from '@/lib/auth/password-policy';
import { emailSchema, userNameSchema } from '@/lib/auth/user-schema';
import { ConfigError, loadConfig, type AppConfig } from '@/lib/config';
import { SECRET_FILES, secretPath } from './lib/secret-files.mjs';

/** A file of 32 random bytes (hex), readable only by its owner; made once, never replaced. */
function ensureSecretFile(file: string) {
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
}

/**
 * A new installation gets its first admin here, never with a default password: ADMIN_PASSWORD when
 * set (not printed), otherwise a random one printed this once.
 */
async function bootstrapFirstAdmin(config: AppConfig) {
  const email = emailSchema.safeParse(process.env.ADMIN_EMAIL || 'admin@almanac.local');
  const name = userNameSchema.safeParse(process.env.ADMIN_NAME || 'Administrator');
  if (!email.success || !name.success) {
    console.error(
      `[almanac] ADMIN_EMAIL / ADMIN_NAME: ${(email.error ?? name.error)?.issues[0]?.message}`,
    );
    process.exit(1);
  }
  const given = process.env.ADMIN_PASSWORD;
  const problem = given ? checkPasswordPolicy(given, { email: email.data }) : null;
  if (problem) {
    console.error(`[almanac] ADMIN_PASSWORD: ${problem}`);
    process.exit(1);
  }
  const password = given || generatePassword();
  const admin = await createFirstAdminIfNone({
    email: email.data,
    name: name.data,
    password,
  });
  if (!admin) return;
  if (given) {
    console.log(
      `[almanac] created the first admin ${admin.email} with the password in ADMIN_PASSWORD`,
    );
    return;
  }
  const line = '─'.repeat(64);
  console.log(
    [
      line,
      'There were no users, so Almanac created the first admin:',
      `  email:     ${admin.email}`,
      `  password:  ${password}`,
      'This password is shown only this once and stored only as a hash. Sign in at',
      `${config.siteUrl}/login, then add your own accounts under Users.`,
      `Lost it? npm run create-admin -- --reset-password --email ${admin.email}`,
      line,
    ].join('\n'),
  );
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[almanac] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  await migrateDatabase();
  console.log(
    `[almanac] database ${path.relative(process.cwd(), config.databasePath) || config.databasePath} is migrated`,
  );

  if (!process.argv.includes('--no-seed')) {
    const result = await seedSampleContent();
    if (result.seeded) console.log(`[almanac] loaded the sample content (${result.events} events)`);
  }

  // next-auth's NEXTAUTH_SECRET (session tokens, CSRF cookies): scripts/start.mjs exports it from here.
  for (const secret of SECRET_FILES) ensureSecretFile(secretPath(config.databasePath, secret.file));

  await bootstrapFirstAdmin(config);
  await closeDatabase();
}

main().catch((error: unknown) => {
  console.error('[almanac] database setup failed:', error);
  process.exit(1);
});
