/**
 * The skills protégés most often ask to learn. Tips about one carry it (`Tip.skills`), and the
 * ranking lifts them when the protégé's stated gaps mention it. Matching is by keyword: the gaps
 * field is free text in the mentor's words, so a word list is enough and easy to explain.
 */

const SKILL_TOPICS = ['ai-tools', 'data', 'social-media', 'collaboration'] as const;
export type SkillTopic = (typeof SKILL_TOPICS)[number];

export const SKILL_TOPIC_LABELS: Record<SkillTopic, string> = {
  'ai-tools': 'AI tools',
  data: 'data',
  'social-media': 'social media',
  collaboration: 'collaboration tools',
};

/**
 * Whole words or phrases (a plural "s" allowed); a trailing `*` makes it a word start, so
 * "collaborat*" also finds "collaborating". Case does not matter.
 */
// prettier-ignore
const SKILL_KEYWORDS: Record<SkillTopic, readonly string[]> = {
  'ai-tools': ['ai', 'chatgpt', 'gpt', 'copilot', 'gemini', 'prompt*', 'llm', 'artificial intelligence', 'machine learning', 'generative', 'chatbot'],
  data: ['data', 'dashboard', 'spreadsheet', 'excel', 'analytic*', 'power bi', 'tableau', 'chart', 'metric', 'sql', 'pivot table'],
  'social-media': ['social', 'social media', 'linkedin', 'instagram', 'tiktok', 'twitter', 'facebook', 'post', 'posting', 'online presence', 'personal brand', 'youtube', 'blog*'],
  collaboration: ['teams', 'slack', 'zoom', 'video call', 'shared doc*', 'google docs', 'sharepoint', 'onedrive', 'channel', 'collaborat*', 'cloud', 'trello', 'asana', 'notion', 'co-edit*'],
};

function keywordPattern(keyword: string): string {
  const prefix = keyword.endsWith('*');
  const escaped = keyword.replace(/\*$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return prefix ? escaped : `${escaped}s?(?![\\p{L}\\p{N}])`;
}

const SKILL_PATTERNS: ReadonlyMap<SkillTopic, RegExp> = new Map(
  SKILL_TOPICS.map((topic) => [
    topic,
    new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${SKILL_KEYWORDS[topic].map(keywordPattern).join('|')})`, 'iu'),
  ]),
);

/** The topics a free-text list of gaps mentions, in SKILL_TOPICS order. */
export function skillTopicsIn(text: string | undefined): SkillTopic[] {
  if (text === undefined || text.trim() === '') return [];
  return SKILL_TOPICS.filter((topic) => SKILL_PATTERNS.get(topic)?.test(text) === true);
}

export function isSkillTopic(value: unknown): value is SkillTopic {
  return typeof value === 'string' && (SKILL_TOPICS as readonly string[]).includes(value);
}
