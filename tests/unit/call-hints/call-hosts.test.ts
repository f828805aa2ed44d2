import { describe, expect, it } from 'vitest';
import { callServiceOf, matchesPattern } from '../../../features/call-hints/call-hosts';

describe('call hosts', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://app.zoom.us/wc/123456789/join', 'zoom'],
    ['https://us02web.zoom.us/wc/join/123', 'zoom'],
    ['https://zoom.us/wc/join/123', 'zoom'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/meet/9', 'teams'],
    // Zoom's company site is not a call.
    ['https://zoom.us/pricing', undefined],
    ['http://meet.google.com/abc', undefined],
    ['https://meet.google.com.evil.example/abc', undefined],
    ['https://evilzoom.us/wc/1', undefined],
    ['https://user:pw@meet.google.com/abc', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s is a call page of %s', (url, service) => {
    expect(callServiceOf(url)).toBe(service);
  });

  it.each([
    ['https://a.zoom.us/wc/x', 'https://*.zoom.us/wc/*', true],
    ['https://a.zoom.us/web/x', 'https://*.zoom.us/wc/*', false],
    ['https://meet.google.com/', 'https://meet.google.com/*', true],
    ['https://meet.google.com:8443/', 'https://meet.google.com/*', false],
  ])('%s against %s matches: %s', (url, pattern, expected) => {
    expect(matchesPattern(url, pattern)).toBe(expected);
  });
});
