// @ts-check
// The secrets Almanac keeps beside its database: scripts/setup-db.ts makes them, `npm start`
// (build.mjs withAuthEnv) reads them, `npm run backup` copies them and `npm run restore` puts them back.
import path from 'node:path';

/**
 * @typedef {{ file: string, variable: string, purpose: string }} SecretFile
 * `file` beside the database; `variable`, the environment variable that overrides it.
 */

/** @type {readonly SecretFile[]} */
export const SECRET_FILES = [
  {
    file: '.auth-secret',
    variable: 'NEXTAUTH_SECRET',
    purpose:
      "signs and encrypts every sign-in session and CSRF cookie, signs the report form's tokens and keys the hashes of reporters' addresses",
  },
];

/**
 * Where the secret `file` of the database at `databasePath` lives.
 * @param {string} databasePath @param {string} file
 */
export function secretPath(databasePath, file) {
  return path.join(path.dirname(path.resolve(databasePath)), file);
}
