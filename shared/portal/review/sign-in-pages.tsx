// The archivists' sign-in pages (HTML, no JavaScript needed): the local token form, the page a
// signed-out archivist route answers with (401/403, with the sign-in link), and the hop after
// Cognito's managed login. Pure rendering; the routes decide when each is shown.
import { En, renderPage } from '../layout.tsx';

const signInHref = (returnTo: string) => `/sign-in?${new URLSearchParams({ return: returnTo }).toString()}`;

export function renderSignInRequiredPage(input: { status: 401 | 403; message: string; returnTo: string }) {
  return renderPage(
    input.status === 401 ? 'Logga in' : 'Ej tillåtet',
    <>
      <h2>
        {input.status === 401 ? 'Endast arkivarier' : 'Formuläret kunde inte tas emot'}{' '}
        <En>{input.status === 401 ? 'archivists only' : 'form refused'}</En>
      </h2>
      <p class="error" role="alert">
        {input.message}
      </p>
      <p>
        <a href={signInHref(input.returnTo)}>
          Logga in <En>sign in</En>
        </a>
      </p>
    </>,
  );
}

/** The local stack's sign-in: the archivist token (printed by `npm start`) typed in once. */
export function renderTokenSignInPage(input: { returnTo: string; error: string | null }) {
  return renderPage(
    'Logga in',
    <>
      <h2>
        Logga in som arkivarie <En>archivist sign-in</En>
      </h2>
      {input.error ? (
        <p class="error" role="alert">
          {input.error}
        </p>
      ) : null}
      <p>
        Ange arkivarietoken som <code>npm start</code> skrev ut (eller <code>ARCHIVIST_TOKEN</code>). Den
        sparas i en cookie i den här webbläsaren.{' '}
        <En>Enter the archivist token npm start printed; it is kept in a cookie in this browser.</En>
      </p>
      <form method="post" action="/sign-in" class="filters">
        <input type="hidden" name="return" value={input.returnTo} />
        <div class="wide">
          <label for="token">Arkivarietoken</label>
          <input id="token" name="token" type="password" autocomplete="current-password" required />
        </div>
        <div class="actions">
          <button type="submit">Logga in</button>
        </div>
      </form>
    </>,
  );
}

/**
 * After Cognito's redirect back: a same-site page that moves on to `returnTo` (the route adds a
 * `Refresh` header). The session cookie is SameSite=Strict, so a redirect chain that began on
 * Cognito's site would not send it yet; a navigation this page starts does.
 */
export function renderSignedInPage(input: { returnTo: string; name: string }) {
  return renderPage(
    'Inloggad',
    <>
      <h2>
        Inloggad som {input.name} <En>signed in</En>
      </h2>
      <p>
        <a href={input.returnTo}>Fortsätt / continue</a>
      </p>
    </>,
  );
}
