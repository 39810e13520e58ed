/**
 * Every message in the catalog is read by the code: a message nobody sends is copy nobody checks, and stale words
 * (an old alert, "week" after the programme moved to sessions) pile up beside the ones people read. The code
 * names each message as a property (`messages.key`), so a key that no file outside the catalog names is unused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/i18n/en';

const SRC = join(__dirname, '..', '..', 'src');
const CATALOG = join(SRC, 'i18n');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(CATALOG, 'en') || path === join(CATALOG, 'sv') ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('message catalog', () => {
  it('holds only messages the code sends', () => {
    const names = new Set(sources(SRC).flatMap((path) => readFileSync(path, 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []));
    const unused = Object.keys(en).filter((key) => !names.has(key));
    expect(unused).toEqual([]);
  });
});
