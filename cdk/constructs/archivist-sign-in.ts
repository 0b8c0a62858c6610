// Archivists' sign-in on AWS: a Cognito user pool (no self sign-up, TOTP MFA required, the Plus
// plan's threat protection), the `archivists` group, the managed login pages on a Cognito domain,
// and the portal's app client (authorization code + PKCE, no secret). `configure()` gives the API
// function the pool it verifies against; `jwtAuthorizer()` is the gateway's wall in front of it.
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ARCHIVIST_GROUP, ENV } from '../../shared/config.ts';

export interface ArchivistSignInProps {
  readonly stage: string;
  /** Keep the pool (its archivists and their MFA) when the stack goes; anything but dev. */
  readonly retain: boolean;
  /**
   * How long a sign-in lasts: the access token, hence the portal's session cookie.
   * @default 8 hours, a working day
   */
  readonly sessionLength?: Duration;
}

export class ArchivistSignIn extends Construct {
  readonly userPool: UserPool;
  readonly group: UserPoolGroup;
  readonly domain: UserPoolDomain;
  private portalClient: UserPoolClient | undefined;
  private readonly sessionLength: Duration;

  constructor(scope: Construct, id: string, props: ArchivistSignInProps) {
    super(scope, id);
    this.sessionLength = props.sessionLength ?? Duration.hours(8);

    this.userPool = new UserPool(this, 'Pool', {
      userPoolName: `remissvar-${props.stage}-archivists`,
      // archivists are invited by an administrator (AdminCreateUser), never sign themselves up
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // managed login and threat protection; a handful of archivists cost cents a month on Plus
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.group = new UserPoolGroup(this, 'Archivists', {
      userPool: this.userPool,
      groupName: ARCHIVIST_GROUP,
      description: 'May review and correct cases, withdraw them and read the ingest log',
    });

    this.domain = this.userPool.addDomain('Domain', {
      // globally unique per region: the stage and the account
      cognitoDomain: { domainPrefix: `remissvar-${props.stage}-${Stack.of(this).account}` },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
  }

  /**
   * The portal's app client, with the sign-in callback on each public base URL (CloudFront and
   * the API's own), and the managed login's default style, which is what switches its pages on.
   */
  addPortalClient(baseUrls: readonly string[]): UserPoolClient {
    const bases = baseUrls.map((url) => url.replace(/\/+$/, ''));
    this.portalClient = this.userPool.addClient('Portal', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: bases.map((base) => `${base}/auth/callback`),
        logoutUrls: bases.map((base) => `${base}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: this.sessionLength,
      idTokenValidity: this.sessionLength,
      refreshTokenValidity: Duration.days(1),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
    });
    new CfnManagedLoginBranding(this, 'ManagedLoginStyle', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.portalClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    return this.portalClient;
  }

  private get client(): UserPoolClient {
    if (!this.portalClient) throw new Error('ArchivistSignIn: call addPortalClient() first');
    return this.portalClient;
  }

  /** The gateway's check of `Authorization: Bearer` on the archivist API routes (issuer, expiry, client). */
  jwtAuthorizer(): HttpJwtAuthorizer {
    return new HttpJwtAuthorizer('ArchivistJwt', this.userPool.userPoolProviderUrl, {
      authorizerName: 'archivists',
      jwtAudience: [this.client.userPoolClientId],
    });
  }

  /** Names the pool, client and managed login the API function verifies sign-ins against. */
  configure(fn: LambdaFunction): void {
    fn.addEnvironment(ENV.cognitoUserPoolId, this.userPool.userPoolId);
    fn.addEnvironment(ENV.cognitoClientId, this.client.userPoolClientId);
    fn.addEnvironment(ENV.cognitoDomain, this.domain.baseUrl());
  }
}
