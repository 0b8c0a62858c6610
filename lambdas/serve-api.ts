// API Gateway (HTTP API) → the Hono feed app. A thin adapter: the routes are shared/api/create-app.ts.
import { handle } from 'hono/aws-lambda';
import { createApp } from '../shared/api/create-app.ts';
import { getDependencies } from './dependencies.ts';

const deps = getDependencies();

export const app = createApp({
  cases: deps.cases,
  ingests: deps.ingests,
  objects: deps.objects,
  cursorSecret: deps.config.cursorSecret,
  now: deps.now,
  onError: (error) => deps.logger.error('request failed', { error: error as Error }),
});

export const handler = handle(app);
