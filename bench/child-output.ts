// A benchmark child process's output: all of stdout and the tail of stderr once it exits, and the
// result line the drivers print last (one JSON object). One place for what four benchmarks did alike.
import type { ChildProcess } from 'node:child_process';

export interface ChildOutput {
  code: number | null;
  stdout: string;
  /** The last `stderrTail` characters, for an error message. */
  stderr: string;
}

/** Waits for `child` to exit; rejects only if it could not be started. */
export function childOutput(child: ChildProcess, stderrTail = 4000): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr?.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString()).slice(-stderrTail);
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The child's last stdout line as JSON, when it exited 0 with one; else an error naming `what`. */
export async function lastJsonLine<T>(child: ChildProcess, what: string, stderrTail = 4000): Promise<T> {
  const { code, stdout, stderr } = await childOutput(child, stderrTail);
  const line = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`${what} exited ${code}: ${stderr}`);
  return JSON.parse(line) as T;
}
