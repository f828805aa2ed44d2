export function chromiumExtensionArgs(extensionDirs: string): string[];
