// A real OpenID provider for the sign-in tests (panva's oidc-provider), on the loopback only.
// Configured by one JSON document in OIDC_TEST_CONFIG:
//   { "client": { "client_id", "client_secret", "redirect_uris": [...], "post_logout_redirect_uris": [...] },
//     "pushedAuthorizationRequests": true|false (default true),
//     "users": { "<login>": { "email"?, "email_verified"?, "name", "groups": [...] } } }
// It listens on a free port and prints "listening <issuer>" once it serves. Its own development
// login page (devInteractions) signs in whichever known login is typed, with any password.
// Relaxed for tests only: plain http on 127.0.0.1 (nothing leaves the machine), the development
// login page, keys generated at start, and consent skipped for the one first-party client.
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const users = config.users ?? {};
const clientId = config.client?.client_id;

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      ...config.client,
    }],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    // PKCE with S256 is demanded of every client, so a sign-in without it fails.
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: config.endSession ?? true },
      pushedAuthorizationRequests: { enabled: config.pushedAuthorizationRequests ?? true },
    },
    async findAccount(_ctx, sub) {
      const user = users[sub];
      if (!user) {
        return undefined;
      }
      return {
        accountId: sub,
        async claims() {
          const { email, email_verified: verified, name, groups } = user;
          return {
            sub,
            name,
            groups: groups ?? [],
            ...(email === undefined ? {} : { email, email_verified: verified ?? true }),
          };
        },
      };
    },
    // The app is a first-party client: its sign-ins are granted what it asks without a consent page.
    async loadExistingGrant(ctx) {
      if (ctx.oidc.client.clientId !== clientId) {
        return undefined;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile groups');
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  console.log(`listening ${issuer}`);
});

// The test fixture ends this process by closing its standard input (and kills it if that fails).
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
