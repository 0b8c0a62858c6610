// A Cognito access token → the archivist it signs in, checked by aws-jwt-verify: signature against
// the pool's keys, issuer, expiry, `token_use: access`, the app client and membership of the
// archivists group. The keys are fetched once per container and cached. An unreachable key
// endpoint is a SignInUnavailableError (503), never a quiet "signed out".
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { FetchError } from 'aws-jwt-verify/error';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { Archivist, ArchivistVerifier } from './archivist-auth.ts';

export class SignInUnavailableError extends Error {
  override name = 'SignInUnavailableError';
}

export interface CognitoVerifier extends ArchivistVerifier {
  /** Preloads the pool's keys (tests; a container that fetched them already). */
  cacheJwks(jwks: Jwks): void;
}

export function createCognitoVerifier(options: {
  userPoolId: string;
  clientId: string;
  group: string;
}): CognitoVerifier {
  const jwt = CognitoJwtVerifier.create({
    userPoolId: options.userPoolId,
    clientId: options.clientId,
    tokenUse: 'access',
    groups: options.group,
  });
  return {
    async verify(token: string): Promise<Archivist | null> {
      try {
        const payload = await jwt.verify(token);
        const name = typeof payload.username === 'string' ? payload.username : payload.sub;
        return { id: payload.sub, name };
      } catch (error) {
        if (error instanceof FetchError)
          throw new SignInUnavailableError(`the user pool's keys could not be fetched: ${error.message}`, {
            cause: error,
          });
        return null;
      }
    },
    cacheJwks: (jwks) => jwt.cacheJwks(jwks),
  };
}
