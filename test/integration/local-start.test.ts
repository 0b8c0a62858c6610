// `npm start` as a newcomer meets it: a bad setting or a taken port stops it with one line that
// names the variable and what to do, before anything starts; a step that fails after DynamoDB
// Local started stops it again (no Java process outlives the failed start); a good start prints
// every port and the data dir, and Ctrl-C stops every child.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../support/free-port.ts';

const root = new URL('../../', import.meta.url);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const tempDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-start-'));
  dirs.push(dir);
  return dir;
};

/** Processes whose command line mentions `dataDir` (DynamoDB Local's java gets it as -dbPath). */
function processesUsing(dataDir: string): string[] {
  return fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .flatMap((pid) => {
      try {
        const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
        return args.includes(dataDir) && args.includes('java') ? [`${pid} ${args.slice(0, 120)}`] : [];
      } catch {
        return [];
      }
    });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm start`'s entry with `env`; with `onReady`, calls it once the banner is printed. */
function start(
  env: Record<string, string>,
  onReady?: (child: ReturnType<typeof spawn>) => void,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    let ready = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && onReady && stdout.includes('Ctrl-C to stop')) {
        ready = true;
        onReady(child);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function freePorts() {
  return {
    PORT: String(await findFreePort()),
    DYNAMODB_PORT: String(await findFreePort()),
    S3_PORT: String(await findFreePort()),
  };
}

const stderrLines = (run: Run) => run.stderr.split('\n').filter((l) => l.trim() !== '');

describe('npm start', () => {
  it('returns exit 2 with one line naming PORT when the API port is taken, and starts nothing', async () => {
    const ports = await freePorts();
    const holder = net.createServer().listen(Number(ports.PORT), '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    const dataDir = tempDataDir();
    try {
      const run = await start({ ...ports, DATA_DIR: dataDir });

      expect(run.code).toBe(2);
      expect(stderrLines(run)).toHaveLength(1);
      expect(stderrLines(run)[0]).toMatch(
        new RegExp(`port ${ports.PORT} \\(PORT, .*set PORT to a free port`),
      );
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(processesUsing(dataDir)).toEqual([]);
    } finally {
      holder.close();
    }
  });

  it('returns exit 2 with one line naming the variable for a bad or shared port', async () => {
    const ports = await freePorts();

    const bad = await start({ ...ports, PORT: 'abc', DATA_DIR: tempDataDir() });
    const shared = await start({ ...ports, S3_PORT: ports.DYNAMODB_PORT, DATA_DIR: tempDataDir() });

    expect(bad.code).toBe(2);
    expect(stderrLines(bad)).toEqual([
      'npm start: PORT="abc" is not valid: set a port number 1–65535 for the API, e.g. PORT=3001',
    ]);
    expect(shared.code).toBe(2);
    expect(stderrLines(shared)).toEqual([
      `npm start: DYNAMODB_PORT and S3_PORT are both ${ports.DYNAMODB_PORT}: give S3_PORT a port of its own`,
    ]);
  });

  it('returns one line and leaves no Java process when a step fails after DynamoDB Local started', async () => {
    const dataDir = tempDataDir();
    // a file where the bulk bucket's folder should be: creating the bucket fails after the emulators run
    fs.mkdirSync(path.join(dataDir, 's3'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 's3', 'remissvar-bulk'), 'not a folder');

    const run = await start({ ...(await freePorts()), DATA_DIR: dataDir });

    expect(run.code).toBe(2);
    expect(stderrLines(run)).toHaveLength(1);
    expect(stderrLines(run)[0]).toMatch(/^npm start: could not create the bucket remissvar-bulk/);
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it('returns a banner with every port and the data dir, and stops every child on Ctrl-C', async () => {
    const ports = await freePorts();
    const dataDir = tempDataDir();
    let runningChildren: string[] = [];

    const run = await start({ ...ports, DATA_DIR: dataDir }, (child) => {
      runningChildren = processesUsing(dataDir);
      child.kill('SIGINT');
    });

    const banner = run.stdout.split('\n');
    expect(banner.find((l) => l.includes('feed API'))).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${ports.PORT}\\s+PORT$`),
    );
    expect(banner.find((l) => l.includes('DynamoDB Local'))).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${ports.DYNAMODB_PORT}\\s+DYNAMODB_PORT$`),
    );
    expect(banner.find((l) => l.includes('S3 emulator'))).toMatch(
      new RegExp(`127\\.0\\.0\\.1:${ports.S3_PORT}\\s+S3_PORT$`),
    );
    expect(banner.find((l) => l.trim().startsWith('data'))).toMatch(new RegExp(`${dataDir}\\s+DATA_DIR$`));
    expect(runningChildren).toHaveLength(1);
    expect(run.code).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  });
});
