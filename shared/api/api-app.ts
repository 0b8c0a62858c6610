// The app type every route module registers on, what the modules share (dependencies, the case
// selection, link bases) and the validation hooks that turn zod's issues into API errors.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { ZodError } from 'zod';
import type { ApiDependencies } from './api-dependencies.ts';
import { ApiError, badParameter } from './api-errors.ts';
import type { SignInSettings } from './archivist-auth.ts';
import type { CaseSelection } from './case-selection.ts';

export type ApiApp = OpenAPIHono;

export interface ApiContext {
  deps: ApiDependencies;
  selection: CaseSelection;
  /** Absolute base for links in bodies: the configured public URL, else the request's origin. */
  baseOf(requestUrl: string): string;
  /** How archivists sign in, and the gate every archivist route runs first (archivist-auth.ts). */
  signIn: SignInSettings;
  archivistGate: MiddlewareHandler;
}

type ValidationResult = { target: string } & ({ success: true } | { success: false; error: ZodError });

/** The default for every route: a request that fails its schema is a 400 naming the parameter. */
export function rejectBadParameter(result: ValidationResult): undefined {
  if (!result.success) throw badParameter(result.error.issues);
  return undefined;
}

/**
 * For routes whose path names a resource: a path that cannot name one (a malformed case id or
 * hash) is a 404 like any unknown one; bad query parameters stay a 400.
 */
export const notFoundOnBadPath =
  (describe: (c: Context) => string) =>
  (result: ValidationResult, c: Context): undefined => {
    if (result.success) return undefined;
    if (result.target === 'param') throw new ApiError(404, 'not_found', describe(c).slice(0, 300));
    throw badParameter(result.error.issues);
  };
