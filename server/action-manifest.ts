import fs from 'node:fs';
import path from 'node:path';

/*
 * Which action an id names, from the server-reference manifest Next writes at build time
 * (`<distDir>/server/server-reference-manifest.json`: id -> file and export name). Read once.
 */

let names: Map<string, string> | undefined;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  const file = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    process.env.NEXT_DIST_DIR || '.next',
    'server',
    'server-reference-manifest.json',
  );
  try {
    const manifest = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as {
      node?: Record<string, { filename?: string; exportedName?: string }>;
    };
    for (const [id, entry] of Object.entries(manifest.node ?? {})) {
      if (entry.filename && entry.exportedName)
        map.set(id, `${entry.filename}#${entry.exportedName}`);
    }
  } catch (error) {
    console.error(`[actions] cannot read ${file}: action arguments go unchecked`, error);
  }
  return map;
}

/** `file#export` of the action with this id, or undefined when the build has no such action. */
export function actionName(id: string): string | undefined {
  names ??= load();
  return names.get(id);
}
