/**
 * The video-call sites Mentor Up can hint on. Access to them is optional: asked for at run
 * time when the mentor turns on "Coaching hints on call pages", and given back when it is off.
 */

const CALL_SERVICES = [
  { id: 'meet', name: 'Google Meet', origins: ['https://meet.google.com/*'] },
  // Only Zoom's web client runs a call in the browser; the rest of zoom.us is the company site.
  { id: 'zoom', name: 'Zoom', origins: ['https://*.zoom.us/*'], pages: ['https://*.zoom.us/wc/*'] },
  { id: 'teams', name: 'Microsoft Teams', origins: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'] },
] as const satisfies readonly CallService[];

interface CallService {
  id: string;
  name: string;
  /** Host permission patterns, as listed in `optional_host_permissions`. */
  origins: readonly string[];
  /** Where the hint runs, when narrower than the whole host. */
  pages?: readonly string[];
}

export type CallServiceId = (typeof CALL_SERVICES)[number]['id'];
export const CALL_SERVICE_IDS = CALL_SERVICES.map((service) => service.id) as [CallServiceId, ...CallServiceId[]];

/** Every host the call hints need, for `permissions.request` and the manifest. */
export const CALL_HOST_ORIGINS: string[] = CALL_SERVICES.flatMap((service) => [...service.origins]);

/** The pages the call-hints content script is registered on. */
export const CALL_PAGE_MATCHES: string[] = CALL_SERVICES.flatMap((service) =>
  'pages' in service ? [...service.pages] : [...service.origins],
);

/** The call-hints content script as WXT builds it (`entrypoints/call-hints.content/`). */
export const CALL_HINTS_SCRIPT = {
  id: 'mentor-up-call-hints',
  file: 'content-scripts/call-hints.js',
};

/**
 * Whether `url` matches a match pattern of the form `https://host/path*`, where the host may
 * start with `*.` (any subdomain, or none) and `*` in the path matches anything.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const parsed = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.protocol !== `${scheme}:` || target.username || target.password || target.port) return false;
  const hostname = target.hostname.toLowerCase();
  const hostMatches = host.startsWith('*.')
    ? hostname === host.slice(2) || hostname.endsWith(host.slice(1))
    : hostname === host;
  if (!hostMatches) return false;
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathPattern.test(target.pathname + target.search);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The call service a page belongs to, if the hint may run there. */
export function callServiceOf(url: string | undefined): CallServiceId | undefined {
  if (url === undefined) return undefined;
  for (const service of CALL_SERVICES) {
    const pages: readonly string[] = 'pages' in service ? service.pages : service.origins;
    if (pages.some((pattern) => matchesPattern(url, pattern))) return service.id;
  }
  return undefined;
}
