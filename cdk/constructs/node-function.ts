// A NodejsFunction with the project's defaults: Node 22 on x86_64, an ESM bundle built by local esbuild
// (no Docker), its own log group with a retention, least-privilege logging role and Powertools env.
// Every deployed function goes through it, so a default changes in one place.
import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

const lambdasDir = fileURLToPath(new URL('../../lambdas/', import.meta.url));
/** zod less its message locales, which the bundles alias `zod` to (see the module). */
const zodWithoutLocales = fileURLToPath(new URL('../bundling/zod-without-locales.ts', import.meta.url));
/** The environment's credentials only, which the bundles alias the SDK's default chain to (see the module). */
const lambdaCredentials = fileURLToPath(new URL('../bundling/lambda-credentials.ts', import.meta.url));
const lockFile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** The Node major the bundle targets (`target: 'node22'` below); change both together. */
export const NODE_RUNTIME = Runtime.NODEJS_22_X;

/**
 * The one place that decides how a handler is bundled. Pass overrides for a function that needs
 * something special, e.g. `{ nodeModules: ['@napi-rs/canvas'] }` if pdf-parse is shipped with its
 * native canvas instead of the DOMMatrix stub (ENGINEERING.md trap 1) — that needs npm at synth time.
 */
export function buildBundlingOptions(overrides: Partial<BundlingOptions> = {}): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    // Prefer packages' ESM builds; fall back to CommonJS.
    mainFields: ['module', 'main'],
    // CommonJS dependencies bundled into an ESM file still call require(); give them one.
    banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
    minify: true,
    sourceMap: true,
    // A map beside the bundle (not read at run time: see DEPLOYED_NODE_OPTIONS), without the sources.
    sourcesContent: false,
    // Bundle the AWS SDK too: the code runs with the versions package-lock pins and the tests use,
    // not whatever the Lambda runtime happens to carry.
    externalModules: [],
    // Local esbuild only: there is no Docker on the development machines or in CI.
    forceDockerBundling: false,
    // zod's 40-odd message locales are ~0.26 MB of every bundle that @hono/zod-openapi's use of
    // zod's namespace object would keep (cdk/bundling/zod-without-locales.ts); the SDK's default
    // credential chain ~0.1 MB of which Lambda only ever uses the environment's link
    // (cdk/bundling/lambda-credentials.ts)
    esbuildArgs: {
      '--alias': [`zod=${zodWithoutLocales}`, `@aws-sdk/credential-provider-node=${lambdaCredentials}`],
    },
    ...overrides,
  };
}

/** One argument for a bundling hook's command line (CDK runs the hooks with `bash -c`). */
const shellQuote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * The esbuild command that bundles a second entry beside a function's index.mjs with the same flags
 * as the function's own bundle, for an afterBundling hook: e.g. a worker thread's entry, so the
 * thread loads only what it runs instead of the whole function (ingest-pipeline.ts). bench/ runs
 * the same command beside the bundles it builds.
 */
export function sidecarBundleCommand(
  bundling: BundlingOptions,
  inputDir: string,
  entry: string,
  outfile: string,
): string {
  const sourceMap = bundling.sourceMapMode ?? (bundling.sourceMap ? 'default' : undefined);
  const args = [
    `${inputDir}/node_modules/.bin/esbuild`,
    entry,
    '--bundle',
    '--platform=node',
    `--target=${bundling.target ?? 'node22'}`,
    `--format=${bundling.format === OutputFormat.ESM ? 'esm' : 'cjs'}`,
    ...(bundling.minify ? ['--minify'] : []),
    ...(sourceMap ? [sourceMap === 'default' ? '--sourcemap' : `--sourcemap=${sourceMap}`] : []),
    ...(bundling.sourcesContent === false ? ['--sources-content=false'] : []),
    ...(bundling.mainFields ? [`--main-fields=${bundling.mainFields.join(',')}`] : []),
    ...(bundling.banner ? [`--banner:js=${bundling.banner}`] : []),
    ...[...(bundling.externalModules ?? []), ...(bundling.nodeModules ?? [])].map((m) => `--external:${m}`),
    // as NodejsFunction passes them: an array repeats `--flag:item`
    ...Object.entries(bundling.esbuildArgs ?? {}).flatMap(([key, value]) =>
      Array.isArray(value)
        ? value.map((item) => `${key}:${item}`)
        : value === true
          ? [key]
          : [key === '--alias' ? `${key}:${value}` : `${key}=${value}`],
    ),
    '--log-level=warning',
    `--outfile=${outfile}`,
  ];
  return args.map(shellQuote).join(' ');
}

/**
 * NODE_OPTIONS of every deployed function; bench/ runs the bundles with the same. Not
 * `--enable-source-maps`: measured (`npm run bench -- --only cold`), Node then reads and maps the
 * bundle's source map at load, which cost the ingest cold path ~280 ms of ~900 ms and the API's
 * ~25 ms. The .map is still built and kept in cdk.out beside each bundle, so a minified stack
 * trace from the logs can be mapped back (README, "Reading a stack trace").
 */
export const DEPLOYED_NODE_OPTIONS = '';
const NODE_OPTIONS_ENV: Record<string, string> = DEPLOYED_NODE_OPTIONS
  ? { NODE_OPTIONS: DEPLOYED_NODE_OPTIONS }
  : {};

export interface NodeFunctionProps {
  /** File name under lambdas/, e.g. `ingest-document.ts`; it must export `handler`. */
  readonly handlerFile: string;
  /** Powertools service name: the `service` key in every log line and metric. */
  readonly serviceName: string;
  /** Powertools metrics namespace, one per stage so dev never mixes into prod dashboards. */
  readonly metricsNamespace: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  readonly bundling?: Partial<BundlingOptions>;
  /** @default one month: long enough to debug an ingest batch reported a week late. */
  readonly logRetention?: RetentionDays;
}

export class NodeFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    // Created beside the function (not inside it) because they must exist before super() runs.
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of the default one, which attaches AWSLambdaBasicExecutionRole
    // (logs:CreateLogGroup on *): this role may write to its one log group and nothing else
    // until a construct grants more.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: `${lambdasDir}${props.handlerFile}`,
      handler: 'handler',
      depsLockFilePath: lockFile,
      runtime: NODE_RUNTIME,
      // x86_64: the bundle is built and tested on x86_64; a native module (if the lead ships
      // @napi-rs/canvas) must match the Lambda architecture.
      architecture: Architecture.X86_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      description: props.description,
      role,
      logGroup,
      bundling: buildBundlingOptions(props.bundling),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...NODE_OPTIONS_ENV,
        ...props.environment,
      },
    });

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the bundle targets node22 and is tested on it; moving to a newer runtime is a deliberate change with its own issue.',
    });
  }
}
