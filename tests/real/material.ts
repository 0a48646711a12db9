/**
 * Where the real material lives: folders named by environment variables, never inside the
 * repository. When a folder is not given (a user's fresh clone), its part of the suite is skipped
 * with one line saying how to run it.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export type MaterialVariable = 'MICROSCOPE_REAL_PAGES' | 'MICROSCOPE_REAL_COMMENTS';

/** The folder named by `variable`, or undefined (after printing why) when it is unset or missing. */
export function materialFolder(variable: MaterialVariable): string | undefined {
  const value = process.env[variable];
  if (!value) {
    console.log(
      `${variable} is not set: this real-material suite is skipped (set it to the corpus folder to run it).`,
    );
    return undefined;
  }
  const folder = resolve(value);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.log(`${variable}=${value} is not a folder: this real-material suite is skipped.`);
    return undefined;
  }
  return folder;
}
