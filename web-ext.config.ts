import { defineWebExtConfig } from 'wxt';

// `npm run dev` runs the browser headless-capable machines have: Debian's Chromium, as root.
export default defineWebExtConfig({
  binaries: { chrome: '/usr/bin/chromium' },
  chromiumArgs: ['--no-sandbox'],
});
