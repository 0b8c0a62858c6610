// The local stack's archivist token: ARCHIVIST_TOKEN when set, else the one stored under $DATA_DIR
// (generated on the first start, readable only by its owner). `npm start` checks it on every
// archivist route; the CLIs send it, reading the same variable or, failing that, the same file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ARCHIVIST_TOKEN_FILE = 'archivist-token';

export interface ResolvedToken {
  token: string;
  /** `env`: ARCHIVIST_TOKEN; `file`: stored by an earlier start; `generated`: made just now. */
  source: 'env' | 'file' | 'generated';
  file: string;
}

const fileOf = (dataDir: string) => path.join(path.resolve(dataDir), ARCHIVIST_TOKEN_FILE);

function readStored(file: string): string | null {
  try {
    const token = fs.readFileSync(file, 'utf8').trim();
    return token || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The token `npm start` checks: the variable's, the stored one, or a new one stored for next time. */
export function resolveArchivistToken(options: {
  dataDir: string;
  fromEnv: string | undefined;
}): ResolvedToken {
  const file = fileOf(options.dataDir);
  if (options.fromEnv) return { token: options.fromEnv, source: 'env', file };
  const stored = readStored(file);
  if (stored) return { token: stored, source: 'file', file };
  const token = randomBytes(24).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // wx: two starts at once must not each write their own
    fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { token: readStored(file) ?? token, source: 'file', file };
  }
  return { token, source: 'generated', file };
}

/** What a CLI sends: ARCHIVIST_TOKEN, else the local stack's stored token; null when neither exists. */
export function readArchivistToken(options: { dataDir: string; fromEnv: string | undefined }): string | null {
  return options.fromEnv ?? readStored(fileOf(options.dataDir));
}
