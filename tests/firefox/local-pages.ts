import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Web pages for the Firefox checks, served from this machine only (127.0.0.1): nothing here
 * reaches another host.
 */

export interface LocalSite {
  /** The address of the site's root, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Serves `pages` (path → HTML) over plain HTTP on 127.0.0.1. */
export async function servePages(pages: Record<string, string>): Promise<LocalSite> {
  const server = http.createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    response.statusCode = page === undefined ? 404 : 200;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(page ?? 'Not found');
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/`, close: () => closeServer(server) };
}

export interface CallHostStandIn {
  /** Firefox preferences that send HTTPS for `host` through the stand-in. */
  prefs: Record<string, string | number | boolean>;
  /** Every CONNECT the proxy was asked for, allowed or not. */
  asked: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for a real call host (meet.google.com, say), so the call hint runs on its real
 * address and host permission: Firefox is pointed at a local HTTPS proxy that answers CONNECT
 * for `host` only, from a local TLS server with a certificate made here for that name, and
 * refuses every other host. The browser must accept that certificate (puppeteer's
 * `acceptInsecureCerts`). Needs `openssl` to make the certificate.
 */
export async function standInForCallHost(host: string, html: string): Promise<CallHostStandIn> {
  const folder = await mkdtemp(path.join(tmpdir(), 'mentor-up-call-host-'));
  const key = path.join(folder, 'key.pem');
  const cert = path.join(folder, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const site = https.createServer({ key: await readFile(key), cert: await readFile(cert) }, (_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(html);
  });
  const sitePort = await listen(site);

  const asked: string[] = [];
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer((_request, response) => {
    response.statusCode = 403;
    response.end();
  });
  proxy.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
    asked.push(request.url ?? '');
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (request.url !== `${host}:443`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  const proxyPort = await listen(proxy);

  return {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
    },
    asked,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([closeServer(proxy), closeServer(site)]);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
