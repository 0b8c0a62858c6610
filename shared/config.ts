// Environment variables → validated configuration. The only place that names env vars; loadConfig
// fails fast with the bad variable's name so a misconfigured function never half-starts.
import { z } from 'zod';
import { DEFAULT_OCR_MIN_CONFIDENCE } from './ocr/ocr-quality.ts';

/** Env-var names, shared with cdk/ (which sets them) and local/ (which sets them for the emulators). */
export const ENV = {
  tableName: 'TABLE_NAME',
  originalsBucket: 'ORIGINALS_BUCKET',
  awsRegion: 'AWS_REGION',
  dynamoEndpoint: 'DYNAMODB_ENDPOINT',
  s3Endpoint: 'S3_ENDPOINT',
  cursorSecret: 'CURSOR_SECRET',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  maxPdfBytes: 'MAX_PDF_BYTES',
  parseTimeoutMs: 'PARSE_TIMEOUT_MS',
  parseMemoryMb: 'PARSE_MEMORY_MB',
  parseMaxInflatedMb: 'PARSE_MAX_INFLATED_MB',
  parseThreads: 'PARSE_THREADS',
  /** How long the API's response cache trusts one read of the feed's version (0: every request reads it;
   *  the deployed API sets it, cdk/constructs/feed-api.ts). */
  feedVersionReuseMs: 'FEED_VERSION_REUSE_MS',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  /** The bucket the publish function writes bulk files to (cases.jsonl, CSV, datapackage, DCAT). */
  bulkBucket: 'BULK_BUCKET',
  /** The ingest queue the sweeper sends unfinished uploads back into (set for the sweeper only). */
  ingestQueueUrl: 'INGEST_QUEUE_URL',
  /** An upload not terminal this long after its last change is swept into the queue again. */
  sweepStaleAfterSeconds: 'SWEEP_STALE_AFTER_SECONDS',
  /** How far back the regular sweep looks; the nightly one looks at everything. */
  sweepLookbackHours: 'SWEEP_LOOKBACK_HOURS',
  /** The Cognito user pool whose access tokens sign archivists in (on AWS; set by the stack). */
  cognitoUserPoolId: 'COGNITO_USER_POOL_ID',
  /** Its app client: the tokens' `client_id`, and the client of the managed login pages. */
  cognitoClientId: 'COGNITO_CLIENT_ID',
  /** The managed login's base URL (`https://<prefix>.auth.<region>.amazoncognito.com`). */
  cognitoDomain: 'COGNITO_DOMAIN',
  /** The OCR queue the ingest function hands scans to (set for the ingest function on AWS). */
  ocrQueueUrl: 'OCR_QUEUE_URL',
  /** Wall time for OCR of one document; past it the upload ends `failed: timeout`. */
  ocrTimeoutMs: 'OCR_TIMEOUT_MS',
  /** How far the OCR process's memory may grow for one document; past it `failed: too_large`. */
  ocrMemoryMb: 'OCR_MEMORY_MB',
  /** Most pages without a text layer one document may have; past it `failed: too_large`. */
  ocrMaxPages: 'OCR_MAX_PAGES',
  /** Resolution pages are rendered at for OCR. */
  ocrDpi: 'OCR_DPI',
  /** Most pixels one rendered page may have (a larger page is rendered coarser, or refused). */
  ocrMaxPageMegapixels: 'OCR_MAX_PAGE_MEGAPIXELS',
  /** Most pixels one embedded image may declare before it is decoded. */
  ocrMaxImageMegapixels: 'OCR_MAX_IMAGE_MEGAPIXELS',
  /** OCR threads per process (each one document at a time, with its own Tesseract). */
  ocrThreads: 'OCR_THREADS',
  /** Mean OCR confidence (0–1) below which an upload goes to review instead of being published. */
  ocrMinConfidence: 'OCR_MIN_CONFIDENCE',
} as const;

/** The Cognito group whose members are archivists (cdk/ creates it; the API requires it). */
export const ARCHIVIST_GROUP = 'archivists';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const ConfigSchema = z.object({
  [ENV.tableName]: z.string().min(1),
  [ENV.originalsBucket]: z.string().min(1),
  [ENV.awsRegion]: z.string().min(1).default('eu-north-1'),
  /** Set only locally: DynamoDB Local's URL. */
  [ENV.dynamoEndpoint]: z.url().optional(),
  /** Set only locally: the S3 emulator's URL (path-style addressing). */
  [ENV.s3Endpoint]: z.url().optional(),
  /**
   * Signs pagination cursors. No default: the API refuses to start without one (requireCursorSecret),
   * so a deployed stack can never sign with a public value. The local stack sets a development one.
   */
  [ENV.cursorSecret]: z.string().min(16).optional(),
  /** Absolute base for links in responses; when unset, links are built from the request's host. */
  [ENV.publicBaseUrl]: z.url().optional(),
  /** Larger uploads end as `failed: too_large` without being parsed. */
  [ENV.maxPdfBytes]: positiveInt(50 * 1024 * 1024),
  /** Wall-time cap for parsing one PDF; past it the upload ends as `failed: timeout`. */
  [ENV.parseTimeoutMs]: positiveInt(60_000),
  /** Heap cap for the isolated parser; past it the upload ends as `failed: too_large`. */
  [ENV.parseMemoryMb]: positiveInt(512),
  /** Cap on what a PDF's compressed streams may inflate to (a decompression bomb): `failed: too_large`. */
  [ENV.parseMaxInflatedMb]: positiveInt(256),
  /** Parser threads per process (each up to PARSE_MEMORY_MB of heap); more reads wait their turn.
   *  1 on Lambda, where PARSE_MEMORY_MB is sized against the function's memory; the local stack uses 2. */
  [ENV.parseThreads]: positiveInt(1),
  /** 0 (exact: a publish shows at once) unless set; the deployed API trusts a read for 1 s. */
  [ENV.feedVersionReuseMs]: z.coerce.number().int().min(0).max(60_000).default(0),
  [ENV.serviceName]: z.string().min(1).default('remissvar'),
  [ENV.logLevel]: z.enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL']).default('INFO'),
  /** Set only for the publish function (on AWS by the stack). */
  [ENV.bulkBucket]: z.string().min(1).optional(),
  [ENV.ingestQueueUrl]: z.url().optional(),
  /** Past the queue's visibility timeout (720 s on AWS), so a message still in flight is not resent. */
  [ENV.sweepStaleAfterSeconds]: positiveInt(900),
  [ENV.sweepLookbackHours]: positiveInt(48),
  [ENV.cognitoUserPoolId]: z
    .string()
    .regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'expected a user pool id like eu-north-1_AbC123')
    .optional(),
  [ENV.cognitoClientId]: z.string().min(1).optional(),
  [ENV.cognitoDomain]: z.url().optional(),
  [ENV.ocrQueueUrl]: z.url().optional(),
  /** 10 minutes: 200 pages at ~3 s, inside the OCR function's 15-minute timeout. */
  [ENV.ocrTimeoutMs]: positiveInt(600_000),
  [ENV.ocrMemoryMb]: positiveInt(1536),
  [ENV.ocrMaxPages]: positiveInt(200),
  [ENV.ocrDpi]: z.coerce.number().int().min(100).max(600).default(300),
  /** 40 MP: an A2 page at 300 dpi; an A4 page is 8.7 MP. */
  [ENV.ocrMaxPageMegapixels]: positiveInt(40),
  /** 150 MP: an A4 page scanned at 1200 dpi is 140 MP. */
  [ENV.ocrMaxImageMegapixels]: positiveInt(150),
  [ENV.ocrThreads]: positiveInt(1),
  [ENV.ocrMinConfidence]: z.coerce.number().min(0).max(1).default(DEFAULT_OCR_MIN_CONFIDENCE),
});

export interface Config {
  tableName: string;
  originalsBucket: string;
  bulkBucket: string | undefined;
  region: string;
  dynamoEndpoint: string | undefined;
  s3Endpoint: string | undefined;
  cursorSecret: string | undefined;
  publicBaseUrl: string | undefined;
  maxPdfBytes: number;
  parseTimeoutMs: number;
  parseMemoryMb: number;
  parseMaxInflatedMb: number;
  parseThreads: number;
  feedVersionReuseMs: number;
  serviceName: string;
  logLevel: 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT' | 'CRITICAL';
  ingestQueueUrl: string | undefined;
  sweepStaleAfterMs: number;
  sweepLookbackMs: number;
  /** Archivist sign-in through Cognito; unset locally (the local stack uses ARCHIVIST_TOKEN). */
  cognito: { userPoolId: string; clientId: string; domain: string } | undefined;
  ocrQueueUrl: string | undefined;
  ocr: OcrConfig;
}

export interface OcrConfig {
  timeoutMs: number;
  memoryMb: number;
  maxPages: number;
  dpi: number;
  maxPagePixels: number;
  maxImagePixels: number;
  threads: number;
  minConfidence: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${detail}`);
  }
  const c = parsed.data;
  const cognitoParts = [ENV.cognitoUserPoolId, ENV.cognitoClientId, ENV.cognitoDomain] as const;
  const setParts = cognitoParts.filter((name) => c[name] !== undefined);
  if (setParts.length > 0 && setParts.length < cognitoParts.length) {
    const missing = cognitoParts.filter((name) => c[name] === undefined);
    throw new ConfigError(
      `invalid configuration: ${missing.join(', ')}: required together with ${setParts.join(', ')} (archivist sign-in)`,
    );
  }
  const userPoolId = c[ENV.cognitoUserPoolId];
  const clientId = c[ENV.cognitoClientId];
  const domain = c[ENV.cognitoDomain];
  const cognito =
    userPoolId && clientId && domain
      ? { userPoolId, clientId, domain: domain.replace(/\/+$/, '') }
      : undefined;
  return {
    tableName: c[ENV.tableName],
    originalsBucket: c[ENV.originalsBucket],
    bulkBucket: c[ENV.bulkBucket],
    region: c[ENV.awsRegion],
    dynamoEndpoint: c[ENV.dynamoEndpoint],
    s3Endpoint: c[ENV.s3Endpoint],
    cursorSecret: c[ENV.cursorSecret],
    publicBaseUrl: c[ENV.publicBaseUrl],
    maxPdfBytes: c[ENV.maxPdfBytes],
    parseTimeoutMs: c[ENV.parseTimeoutMs],
    parseMemoryMb: c[ENV.parseMemoryMb],
    parseMaxInflatedMb: c[ENV.parseMaxInflatedMb],
    parseThreads: c[ENV.parseThreads],
    feedVersionReuseMs: c[ENV.feedVersionReuseMs],
    serviceName: c[ENV.serviceName],
    logLevel: c[ENV.logLevel],
    ingestQueueUrl: c[ENV.ingestQueueUrl],
    sweepStaleAfterMs: c[ENV.sweepStaleAfterSeconds] * 1000,
    sweepLookbackMs: c[ENV.sweepLookbackHours] * 3_600_000,
    cognito,
    ocrQueueUrl: c[ENV.ocrQueueUrl],
    ocr: {
      timeoutMs: c[ENV.ocrTimeoutMs],
      memoryMb: c[ENV.ocrMemoryMb],
      maxPages: c[ENV.ocrMaxPages],
      dpi: c[ENV.ocrDpi],
      maxPagePixels: c[ENV.ocrMaxPageMegapixels] * 1_000_000,
      maxImagePixels: c[ENV.ocrMaxImageMegapixels] * 1_000_000,
      threads: c[ENV.ocrThreads],
      minConfidence: c[ENV.ocrMinConfidence],
    },
  };
}

/** The cursor key, for the functions that sign cursors (the API); a ConfigError naming it when unset. */
export function requireCursorSecret(config: Pick<Config, 'cursorSecret'>): string {
  if (!config.cursorSecret) {
    throw new ConfigError(
      `invalid configuration: ${ENV.cursorSecret}: required (at least 16 characters) to sign pagination cursors; the stack sets it from Secrets Manager, the local stack sets a development value`,
    );
  }
  return config.cursorSecret;
}

/** Signs the local stack's cursors: public on purpose, and never used outside it (see requireCursorSecret). */
export const LOCAL_CURSOR_SECRET = 'local-development-cursor-secret';

/** Settings of the embedded local stack (`npm start`, the CLIs' defaults, the integration tests). */
export const LOCAL_ENV = {
  port: 'PORT',
  dataDir: 'DATA_DIR',
  dynamoPort: 'DYNAMODB_PORT',
  s3Port: 'S3_PORT',
  apiUrl: 'REMISSVAR_API_URL',
  /**
   * The archivists' token: `npm start` requires it as `Authorization: Bearer …` (or the portal's
   * sign-in cookie); the CLIs send it. Unset, `npm start` generates one into $DATA_DIR.
   */
  archivistToken: 'ARCHIVIST_TOKEN',
} as const;

export const LocalConfigSchema = z.object({
  [LOCAL_ENV.port]: z.coerce.number().int().min(1).max(65535).default(3000),
  [LOCAL_ENV.dataDir]: z.string().min(1).default('.data'),
  [LOCAL_ENV.dynamoPort]: z.coerce.number().int().min(1).max(65535).default(8000),
  [LOCAL_ENV.s3Port]: z.coerce.number().int().min(1).max(65535).default(4569),
  [LOCAL_ENV.apiUrl]: z.url().optional(),
  [LOCAL_ENV.archivistToken]: z
    .string()
    .regex(/^[\x21-\x7e]+$/, 'visible ASCII without spaces (it travels in a header)')
    .optional(),
});

export interface LocalConfig {
  port: number;
  dataDir: string;
  dynamoPort: number;
  s3Port: number;
  apiUrl: string;
  /** From ARCHIVIST_TOKEN; undefined when unset (see local/archivist-token.ts). */
  archivistToken: string | undefined;
}

/**
 * Where uploads live in the originals bucket: the ingest handler, the sweeper and the stack's
 * bucket notification look nowhere else (shared/model/object-key.ts has the rest of the key rules).
 */
export const UPLOAD_PREFIX = 'uploads/';

/** Where each read document's page texts are kept in the originals bucket (the search index's input). */
export const PAGE_TEXT_PREFIX = 'texts/sha256/';

/**
 * The files the OCR function's bundle ships beside its index.mjs (cdk/constructs/ocr-pipeline.ts puts
 * them there, shared/pdf/ocr/ocr-runtime.ts finds them): Tesseract's worker script and wasm, the
 * Swedish language data from @tesseract.js-data/swe, pdf.js's image decoders. Nothing is downloaded.
 */
/**
 * The PDF parser thread's entry (shared/pdf/pdf-parser-thread.ts), bundled on its own beside the
 * ingest function's index.mjs by its afterBundling hook, so a thread compiles pdf.js and the parse
 * loop only, not the whole ingest bundle (shared/pdf/isolated-pdf-reader.ts starts threads from it).
 */
export const PDF_PARSER_BUNDLE_FILE = 'pdf-parser.mjs';

export const OCR_BUNDLE_FILES = {
  dir: 'ocr-runtime',
  tesseractWorker: 'tesseract-worker.cjs',
  language: 'swe',
  /** The LSTM-only data inside @tesseract.js-data/swe (the engine runs LSTM only). */
  languageDataVariant: '4.0.0_best_int',
} as const;

/** Local names of the table and bucket; on AWS the stack names them. */
export const LOCAL_TABLE_NAME = 'remissvar';
export const LOCAL_ORIGINALS_BUCKET = 'remissvar-originals';
export const LOCAL_BULK_BUCKET = 'remissvar-bulk';

/** What to do about a bad local setting, said in the one-line error that names it. */
const LOCAL_ENV_HINTS: Record<string, string> = {
  [LOCAL_ENV.port]: 'a port number 1–65535 for the API, e.g. PORT=3001',
  [LOCAL_ENV.dynamoPort]: 'a port number 1–65535 for DynamoDB Local, e.g. DYNAMODB_PORT=8001',
  [LOCAL_ENV.s3Port]: 'a port number 1–65535 for the S3 emulator, e.g. S3_PORT=4570',
  [LOCAL_ENV.dataDir]: 'a folder for the local state, e.g. DATA_DIR=.data',
  [LOCAL_ENV.apiUrl]: 'the API’s absolute URL, e.g. REMISSVAR_API_URL=http://127.0.0.1:3000',
  [LOCAL_ENV.archivistToken]:
    'a token of visible ASCII characters without spaces, e.g. ARCHIVIST_TOKEN=$(openssl rand -hex 24), or leave it unset to have one generated',
};

/** The local settings from the environment; a bad one is a ConfigError naming it and its fix. */
export function loadLocalConfig(env: Record<string, string | undefined>): LocalConfig {
  const parsed = LocalConfigSchema.safeParse(env);
  if (!parsed.success) {
    const detail = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))]
      .map(
        (name) =>
          `${name}=${JSON.stringify(env[name] ?? '')} is not valid: set ${LOCAL_ENV_HINTS[name] ?? name}`,
      )
      .join('; ');
    throw new ConfigError(detail);
  }
  const c = parsed.data;
  const port = c[LOCAL_ENV.port];
  return {
    port,
    dataDir: c[LOCAL_ENV.dataDir],
    dynamoPort: c[LOCAL_ENV.dynamoPort],
    s3Port: c[LOCAL_ENV.s3Port],
    apiUrl: c[LOCAL_ENV.apiUrl] ?? `http://127.0.0.1:${port}`,
    archivistToken: c[LOCAL_ENV.archivistToken] || undefined,
  };
}

/** The function environment the local stack gives the handlers: as on AWS, plus emulator URLs. */
export function localFunctionEnv(local: Pick<LocalConfig, 'dynamoPort' | 's3Port'>): Record<string, string> {
  return {
    [ENV.tableName]: LOCAL_TABLE_NAME,
    [ENV.originalsBucket]: LOCAL_ORIGINALS_BUCKET,
    [ENV.bulkBucket]: LOCAL_BULK_BUCKET,
    [ENV.awsRegion]: 'eu-north-1',
    [ENV.dynamoEndpoint]: `http://127.0.0.1:${local.dynamoPort}`,
    [ENV.s3Endpoint]: `http://127.0.0.1:${local.s3Port}`,
    [ENV.cursorSecret]: LOCAL_CURSOR_SECRET,
    [ENV.serviceName]: 'remissvar-local',
    // two cores on a development machine: parse two PDFs at once
    [ENV.parseThreads]: '2',
    // the local stack prints its own one-line-per-ingest log; the handlers' JSON logs only for problems
    [ENV.logLevel]: 'WARN',
  };
}
