import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_SIGNATURES } from './action-signatures';

const root = path.resolve(import.meta.dirname, '..');

function serverActionFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .flatMap((e) => {
      if (!e.isFile() || !/\.tsx?$/.test(e.name) || /\.test\.tsx?$/.test(e.name)) return [];
      const file = path.join(e.parentPath, e.name);
      return /^\s*['"]use server['"]/.test(fs.readFileSync(file, 'utf8')) ? [file] : [];
    });
}

describe('server action signatures', () => {
  it('name every exported server action, and nothing else', () => {
    const exported = serverActionFiles('app').flatMap((file) => {
      const rel = path.relative(root, file).split(path.sep).join('/');
      return [
        ...fs.readFileSync(file, 'utf8').matchAll(/^export\s+async\s+function\s+(\w+)/gm),
      ].map((m) => `${rel}#${m[1]}`);
    });
    expect(exported.length).toBeGreaterThan(20);
    expect(Object.keys(ACTION_SIGNATURES).sort()).toEqual(exported.sort());
  });
});
