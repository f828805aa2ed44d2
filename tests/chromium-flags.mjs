/**
 * How Debian's headless Chromium is started with the built extension, for the end-to-end tests
 * and the benchmark alike: no sandbox (root), no GPU, and no background traffic on a machine
 * with no network.
 * @param {string} extensionDirs comma-separated folders of unpacked extensions
 * @returns {string[]}
 */
export function chromiumExtensionArgs(extensionDirs) {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--disable-extensions-except=${extensionDirs}`,
    `--load-extension=${extensionDirs}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
