// Errors the API answers with: a 4xx `{ "error": { "code", "message" } }` naming the bad parameter,
// built from zod's issues. Nothing here reaches the store; a 5xx only ever comes from a fault.
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

export class ApiError extends HTTPException {
  constructor(
    status: 400 | 401 | 403 | 404 | 409 | 410 | 501,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
}

/** zod issues → one message that names the parameter (`parameter limit: …`, `unknown parameter: x`). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (issue?.code === 'unrecognized_keys') return `unknown parameter: ${issue.keys.join(', ')}`;
  const name = issue?.path.join('.') || 'query';
  return `parameter ${name}: ${issue?.message ?? 'invalid'}`;
}

export const badParameter = (issues: readonly z.core.$ZodIssue[]) =>
  new ApiError(400, 'bad_parameter', describeIssues(issues));

/** Parses with `schema`; a failure is a 400 bad_parameter naming the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, params: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  throw badParameter(parsed.error.issues);
}
