import { readdir } from 'node:fs/promises';

/**
 * The rules every background feature follows, as plain checks over text: each folder under
 * `features/` is set up by the background and has an entry in the README. Each check returns
 * what is wrong, one sentence per problem, so a test can show them all at once.
 */

/** The set-up a feature's index exports, named after its folder: `call-hints` → `setUpCallHints`. */
export function setUpName(folder: string): string {
  const words = folder.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `setUp${words.join('')}`;
}

/** The folders directly under `root`: one per feature. */
export async function featureFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What `entrypoints/background/index.ts` (given as `background`) misses: each feature's set-up
 * imported from the feature's index, and called inside `defineBackground`. The background only
 * wires set-ups, so it reaches into no feature folder past its index.
 */
export function wiringProblems(folders: readonly string[], background: string): string[] {
  const problems: string[] = [];
  const mainStart = background.indexOf('defineBackground(');
  if (mainStart === -1) return ['The background has no defineBackground(…) to set the features up in.'];
  const main = background.slice(mainStart);
  for (const folder of folders) {
    const name = setUpName(folder);
    const fromIndex = new RegExp(
      String.raw`^import\s*\{[^}]*\b${name}\b[^}]*\}\s*from\s*['"]\.\./\.\./features/${escapeRegExp(folder)}['"]`,
      'm',
    );
    if (!fromIndex.test(background)) {
      problems.push(`features/${folder}: the background does not import ${name} from '../../features/${folder}'.`);
    }
    if (!new RegExp(String.raw`\b${name}\(\s*\w`).test(main)) {
      problems.push(`features/${folder}: the background does not call ${name}(signal) in defineBackground.`);
    }
  }
  for (const [, deep] of background.matchAll(/from\s*['"]\.\.\/\.\.\/features\/([\w-]+\/[^'"]+)['"]/g)) {
    problems.push(`The background imports features/${deep}: it takes each feature's set-up from its index only.`);
  }
  return problems;
}

/** The text of a `## heading` section, up to the next `## ` heading; undefined when there is none. */
function section(markdown: string, heading: string): string | undefined {
  const start = new RegExp(String.raw`^## ${escapeRegExp(heading)}[ \t]*$`, 'm').exec(markdown);
  if (!start) return undefined;
  const rest = markdown.slice(start.index + start[0].length);
  const end = /^## /m.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

const README_SECTION = 'Background features';

/**
 * What README.md (given as `readme`) gets wrong about the features: its "Background features"
 * section has a bullet or a sub-heading for each folder, naming it as `features/<folder>/`,
 * and names no folder that is not there.
 */
export function readmeProblems(folders: readonly string[], readme: string): string[] {
  const text = section(readme, README_SECTION);
  if (text === undefined) return [`README.md has no "## ${README_SECTION}" section.`];
  const named = new Set<string>();
  for (const line of text.split('\n')) {
    if (!/^\s*(?:[-*]\s|###+\s)/.test(line)) continue;
    for (const [, folder] of line.matchAll(/`features\/([\w-]+)\/?`/g)) named.add(folder!);
  }
  return [
    ...folders
      .filter((folder) => !named.has(folder))
      .map((folder) => `features/${folder} has no entry under "${README_SECTION}" in README.md.`),
    ...[...named]
      .filter((folder) => !folders.includes(folder))
      .map((folder) => `README.md's "${README_SECTION}" names features/${folder}/, which does not exist.`),
  ];
}
