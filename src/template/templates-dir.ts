import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** templates/ shipped with gongwen (next to dist/ and src/): the shared partials. */
export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
