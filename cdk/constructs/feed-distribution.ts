// CloudFront in front of everything readers fetch: the feed API (default behaviour) and the bulk
// files under /v1/bulk/* from a private bucket via origin access control. Caches on the full query
// string — normalised first, so spellings of one query share one entry — and nothing else, forwards
// no cookies, so ETag revalidation works (ENGINEERING trap 11). The WAF web ACL sits in front.
import { Duration, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  type BehaviorOptions,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { FeedApi } from './feed-api.ts';

export interface FeedDistributionProps {
  readonly api: FeedApi;
  readonly bulkBucket: IBucket;
  /** The WAF web ACL (CLOUDFRONT scope, so from us-east-1: cdk/edge-stack.ts). */
  readonly webAclArn: string;
  /**
   * How long an edge serves a feed response before revalidating it with the API (a 304 when the
   * ETag still matches). Also the most a reader lags behind a new case.
   * @default 60 seconds
   */
  readonly feedTtl?: Duration;
}

/**
 * Parameters whose value the API compares case-insensitively (fold() in shared/feeds/case-query.ts):
 * lower-cased at the edge, so `q=Skola` and `q=skola` are one cache entry. A test keeps this list
 * in step with the query schema.
 */
export const CASE_INSENSITIVE_PARAMETERS = ['q', 'body', 'party', 'rotel'] as const;

/**
 * Viewer-request function (JS runtime 2.0) on the feed: every value trimmed and its white space
 * collapsed, case-insensitive filters lower-cased, blank fields of the portal's form (`/`) dropped,
 * parameters sorted. The API sees exactly the normalised query, so what is cached is what it says.
 * A value that is not valid percent-encoding is passed on untouched, for the API's 400.
 */
export const NORMALIZE_QUERY_FUNCTION = String.raw`var FOLD = ${JSON.stringify(Object.fromEntries(CASE_INSENSITIVE_PARAMETERS.map((p) => [p, true])))};
function normalize(key, raw) {
  var value;
  try { value = decodeURIComponent(raw.replace(/\+/g, ' ')); } catch (e) { return raw; }
  value = value.trim().replace(/\s+/g, ' ');
  if (FOLD[key]) value = value.toLowerCase();
  return encodeURIComponent(value);
}
function handler(event) {
  var request = event.request;
  var query = request.querystring;
  var parts = [];
  for (var key in query) {
    var entries = query[key].multiValue ? query[key].multiValue : [query[key]];
    for (var i = 0; i < entries.length; i++) {
      var value = normalize(key, entries[i].value);
      if (value === '' && request.uri === '/') continue;
      parts.push(key + '=' + value);
    }
  }
  request.querystring = parts.sort().join('&');
  return request;
}`;

/**
 * The archivists' pages: never cached, every method, and the viewer's cookies and query passed
 * on, since the session cookie is what signs them in. The public feed forwards no cookies at all.
 */
export const ARCHIVIST_PAGE_PATTERNS = ['/review*', '/sign-in*', '/sign-out', '/auth/*'] as const;

/** Where readers fetch bulk files (shared/feeds/bulk-files.ts links them there): `/v1/bulk/cases.jsonl` is the object `cases.jsonl`. */
export const BULK_PATH = '/v1/bulk';

export class FeedDistribution extends Construct {
  readonly distribution: Distribution;
  readonly feedCachePolicy: CachePolicy;
  readonly bulkCachePolicy: CachePolicy;

  constructor(scope: Construct, id: string, props: FeedDistributionProps) {
    super(scope, id);

    this.feedCachePolicy = new CachePolicy(this, 'FeedCachePolicy', {
      comment: 'Remissvar feed: every query parameter is part of the answer; no cookies, no headers',
      // Filters, cursor, limit, sep=semicolon: all change the response, so all key the cache.
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      defaultTtl: props.feedTtl ?? Duration.seconds(60),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.bulkCachePolicy = new CachePolicy(this, 'BulkCachePolicy', {
      comment: 'Remissvar bulk files: rewritten every few minutes at most',
      queryStringBehavior: CacheQueryStringBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      defaultTtl: Duration.minutes(5),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    // The bucket holds the files at its root; readers see them under /v1/bulk/. A viewer-request
    // function (JS runtime 2.0, ~$0.10 per million) strips the prefix before the cache lookup.
    const stripBulkPrefix = new EdgeFunction(this, 'StripBulkPrefix', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Maps /v1/bulk/<file> to the bulk bucket object <file>',
      code: FunctionCode.fromInline(
        `function handler(event) { var r = event.request; r.uri = r.uri.slice(${BULK_PATH.length}) || '/'; return r; }`,
      ),
    });

    const normalizeQuery = new EdgeFunction(this, 'NormalizeQuery', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Normalises feed query strings before the cache lookup: one entry per query',
      code: FunctionCode.fromInline(NORMALIZE_QUERY_FUNCTION),
    });

    const apiOrigin = new HttpOrigin(props.api.domainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });

    const archivistPages: BehaviorOptions = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      compress: true,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
    };

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Remissvar feed and bulk files',
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Readers are mostly in Sweden; the cheapest class (North America + Europe) covers them.
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: apiOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        cachePolicy: this.feedCachePolicy,
        // No origin request policy: the origin gets exactly the cache key (path + query string)
        // and its own Host header, which API Gateway requires. No cookies, ever.
        compress: true,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        functionAssociations: [{ function: normalizeQuery, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        ...Object.fromEntries(ARCHIVIST_PAGE_PATTERNS.map((pattern) => [pattern, archivistPages])),
        [`${BULK_PATH}/*`]: {
          // Read only, no LIST: with the prefix stripped, /v1/bulk/ would otherwise return the
          // bucket's XML listing. A file not yet published is therefore S3's 403, not a 404.
          origin: S3BucketOrigin.withOriginAccessControl(props.bulkBucket),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: this.bulkCachePolicy,
          compress: true,
          responseHeadersPolicy: ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS,
          functionAssociations: [{ function: stripBulkPrefix, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Open data for anyone anywhere: restricting countries would contradict the purpose.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'Readers of open data are not tracked: no per-request viewer logs (IP addresses are personal data); CloudFront metrics and the API access logs suffice to operate.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'Served on the default *.cloudfront.net certificate, where CloudFront fixes the viewer TLS minimum; attach a custom domain and certificate (TLSv1.2_2021) to raise it.',
    });
  }

  /** `https://dxxxx.cloudfront.net` */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
