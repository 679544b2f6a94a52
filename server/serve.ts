/**
 * The local browser server behind `staffroom serve`: the same renderer as the desktop window,
 * calling the same handlers through the same contract validation, over HTTP on 127.0.0.1.
 * POST /api/<channel> with JSON `{ "input": ... }` answers with the envelope; everything else is
 * a static file of dist/renderer.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { failure, type ApiErrorCode, type Envelope } from '../api/result';
import { createContext, type OwnedContext } from '../handlers/context';
import { demoSchoolsIn } from '../handlers/demo-schools';
import { dispatch } from '../handlers/dispatch';
import type { AppRoot } from '../handlers/app-root';
import { checkApiCall, checkRequest, type Refusal } from './request-guard';
import { SECURITY_HEADERS, contentTypeFor, resolveStaticPath } from './web-security';

export const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const API_PREFIX = '/api/';

export interface ServeOptions {
  app: AppRoot;
  dataFolder: string;
  /** 0 picks a free port. */
  port: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** The address to open, secret included (in the fragment). */
  url: string;
  origin: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const secret = randomBytes(32).toString('base64url');
  const context = createContext({
    runtime: 'browser',
    version: options.app.version,
    dataFolder: options.dataFolder,
    demoSchools: demoSchoolsIn(options.app.demoFolder),
  });
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response, { port, secret, context, options }).catch((error: unknown) => {
      options.log?.(`Staffroom serve: ${error instanceof Error ? (error.stack ?? error.name) : 'request failed'}`);
      if (!response.headersSent) sendText(response, 500, 'Something went wrong inside Staffroom.');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(`Port ${options.port} is already in use; choose another with --port, or --port 0 for any free port.`)
          : error,
      );
    });
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  const origin = `http://${address.address}:${port}`;
  return {
    url: `${origin}/#key=${secret}`,
    origin,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          context.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

interface RequestScope {
  port: number;
  secret: string;
  context: OwnedContext;
  options: ServeOptions;
}

async function handle(request: IncomingMessage, response: ServerResponse, scope: RequestScope): Promise<void> {
  const refusal = checkRequest(request.headers, scope.port);
  if (refusal) return refuse(response, refusal);
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith(API_PREFIX)) return handleApi(request, response, path.slice(API_PREFIX.length), scope);
  return handleStatic(request, response, path, scope.options.app.rendererFolder);
}

async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string, scope: RequestScope): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return refuse(response, { status: 405, reason: 'API calls are POST requests.' });
  }
  const refusal = checkApiCall(request.headers, scope.secret);
  if (refusal) return refuse(response, refusal);
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return refuse(response, { status: 415, reason: 'API calls send JSON.' });
  }
  const body = await readBody(request);
  if (body === null) return refuse(response, { status: 413, reason: 'The request is too large.' });
  const payload = parsePayload(body);
  const envelope = payload.ok
    ? await dispatch(decodeChannel(channel), payload.input, scope.context, scope.options.log ? { log: scope.options.log } : {})
    : failure(payload.error);
  sendJson(response, envelope.ok ? 200 : statusFor(envelope.error.code), envelope);
}

type Payload = { ok: true; input: unknown } | { ok: false; error: { code: 'invalid-input'; message: string } };

/** The body is `{ "input": ... }`, or `{}` for a channel that takes nothing. */
function parsePayload(body: string): Payload {
  const notJson = { ok: false as const, error: { code: 'invalid-input' as const, message: 'The request body is not a JSON object with an "input" field. Nothing was changed.' } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return notJson;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notJson;
  if (Object.keys(value).some((key) => key !== 'input')) return notJson;
  return { ok: true, input: 'input' in value ? value.input : undefined };
}

function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function statusFor(code: ApiErrorCode): number {
  switch (code) {
    case 'invalid-input':
      return 400;
    case 'unknown-channel':
      return 404;
    case 'forbidden':
      return 403;
    case 'internal':
    case 'bad-response':
      return 500;
    default:
      return 409;
  }
}

async function handleStatic(request: IncomingMessage, response: ServerResponse, path: string, root: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return refuse(response, { status: 405, reason: 'Only GET and HEAD are served here.' });
  }
  const file = resolveStaticPath(root, path);
  if (file === null) return refuse(response, { status: 404, reason: 'Not found.' });
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return refuse(response, { status: 404, reason: 'Not found.' });
  const content = await readFile(file);
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Content-Length': content.length });
  response.end(request.method === 'HEAD' ? undefined : content);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the 413 answer still reaches the caller.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  sendText(response, refusal.status, refusal.reason);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function sendJson(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}
