/** Types for words.mjs, so TypeScript tests can import it without `allowJs`. */
export declare function benchSearchWords(text: string): string[];
