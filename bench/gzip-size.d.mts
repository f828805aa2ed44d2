/** Types for gzip-size.mjs, so TypeScript tests can import it without `allowJs`. */
export declare function entrySizes(
  root: string,
): Record<string, { rawKB: number; gzipKB: number; files: string[]; lazyFiles: string[] }>;
