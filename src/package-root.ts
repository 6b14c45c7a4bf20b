import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The installed package's root: one level above both src/ (tests) and dist/ (the bundle). */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A link to a rule's documentation page in the installed package. */
export function docsUrl(docsPath: string): string {
  return pathToFileURL(path.join(packageRoot, docsPath)).href;
}
