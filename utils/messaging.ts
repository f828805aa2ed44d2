import { browser, type Browser } from 'wxt/browser';
import { z } from './zod-mini';
import { CALL_SERVICE_IDS, callServiceOf } from '../features/call-hints/call-hosts';

/**
 * The one message layer between the call-page content script, the extension's pages and the
 * background. Every message names who may send it and the shape of its payload; the receiver
 * checks both before a handler sees anything, and answers with a reason when it refuses.
 */

type SenderKind =
  /** The call-hints content script, in the top frame of a Meet, Zoom or Teams tab. */
  | 'call-page'
  /** A page of the extension itself (popup, side panel, options). */
  | 'extension-page';

const MESSAGES = {
  /** A call page loaded with the hint on it: mark its tab. */
  'call-page-opened': {
    from: 'call-page',
    payload: z.strictObject({ service: z.enum(CALL_SERVICE_IDS) }),
  },
  /** The hint was clicked: open the side panel beside the call. */
  'open-side-panel': {
    from: 'call-page',
    payload: z.strictObject({}),
  },
  /** A page shows a next meeting the reminders may not know of yet (the worker slept through the write). */
  'refresh-reminders': {
    from: 'extension-page',
    payload: z.strictObject({}),
  },
} as const satisfies Record<string, { from: SenderKind; payload: z.ZodMiniType }>;

export type MessageType = keyof typeof MESSAGES;
type PayloadMap = { [K in MessageType]: z.output<(typeof MESSAGES)[K]['payload']> };
export type MessagePayload<T extends MessageType> = PayloadMap[T];
export type MessageSender = Browser.runtime.MessageSender;
type MessageHandler<T extends MessageType> = (
  payload: MessagePayload<T>,
  sender: MessageSender,
) => void | Promise<void>;
export type MessageHandlers = { [T in MessageType]?: MessageHandler<T> };

export type MessageResponse = { ok: true } | { ok: false; reason: string };

const envelopeSchema = z.strictObject({ type: z.string(), payload: z.unknown() });
const responseSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), reason: z.string() }),
]);

/** The message kinds Mentor Up knows; any other `type` is refused by name. */
const messageTypeSchema = z.enum(Object.keys(MESSAGES) as [MessageType, ...MessageType[]]);

/** The same messages, typed per kind so a generic handler gets its own payload type. */
const TYPED_MESSAGES: { readonly [T in MessageType]: { readonly payload: z.ZodMiniType<PayloadMap[T]> } } = MESSAGES;

function parsePayload<P>(schema: z.ZodMiniType<P>, raw: unknown) {
  return schema.safeParse(raw);
}

function refuse(reason: string): MessageResponse {
  return { ok: false, reason };
}

/** Why a sender may not send a message of this kind, or undefined when it may. */
function senderProblem(sender: MessageSender, from: SenderKind): string | undefined {
  if (sender.id !== browser.runtime.id) return 'The message did not come from Mentor Up.';
  if (from === 'extension-page') {
    const base = browser.runtime.getURL('/');
    return sender.url?.startsWith(base) ? undefined : 'The message did not come from a page of Mentor Up.';
  }
  if (sender.tab?.id === undefined) return 'The message did not come from a browser tab.';
  if (sender.frameId !== undefined && sender.frameId !== 0) return 'The message came from a frame inside the page.';
  if (callServiceOf(sender.url ?? sender.tab.url) === undefined)
    return 'The message came from a page that is not a call page.';
  return undefined;
}

function dispatch<T extends MessageType>(
  type: T,
  handler: MessageHandler<T>,
  rawPayload: unknown,
  sender: MessageSender,
): Promise<MessageResponse> {
  const problem = senderProblem(sender, MESSAGES[type].from);
  if (problem) return Promise.resolve(refuse(problem));
  const payload = parsePayload(TYPED_MESSAGES[type].payload, rawPayload);
  if (!payload.success) {
    return Promise.resolve(refuse(`The "${type}" message is malformed: ${z.prettifyError(payload.error)}`));
  }
  try {
    // Called synchronously: a handler that opens the side panel must run inside the click's
    // user gesture, which ends at the first await.
    return Promise.resolve(handler(payload.data, sender)).then(
      (): MessageResponse => ({ ok: true }),
      (error: unknown) => refuse(error instanceof Error ? error.message : 'The request failed.'),
    );
  } catch (error) {
    return Promise.resolve(refuse(error instanceof Error ? error.message : 'The request failed.'));
  }
}

/**
 * Answers the given message types. Messages of other known types are left to other
 * listeners; anything else is refused. Returns a function that stops listening.
 */
export function handleMessages(handlers: MessageHandlers): () => void {
  function listener(message: unknown, sender: MessageSender): Promise<MessageResponse> | undefined {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return Promise.resolve(refuse('The message is not one Mentor Up sends.'));
    const known = messageTypeSchema.safeParse(envelope.data.type);
    if (!known.success) {
      return Promise.resolve(refuse(`Mentor Up has no message called "${envelope.data.type}".`));
    }
    const type = known.data;
    const handler = handlers[type];
    if (!handler) return undefined;
    return dispatch(type, handler as MessageHandler<typeof type>, envelope.data.payload, sender);
  }
  // `browser` is webextension-polyfill at run time (wxt.config.ts), which answers with what the
  // listener's promise resolves to; wxt/browser's types are Chrome's, whose listener returns nothing.
  const onMessage: Browser.events.Event<typeof listener> = browser.runtime.onMessage;
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

/** Sends a message to the background and resolves with its answer; never rejects. */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: MessagePayload<T>,
): Promise<MessageResponse> {
  try {
    // The first statement, so a message sent from a click still carries its user gesture.
    const response: unknown = await browser.runtime.sendMessage({ type, payload });
    const parsed = responseSchema.safeParse(response);
    return parsed.success ? parsed.data : refuse('Mentor Up did not answer. Reload the page and try again.');
  } catch {
    return refuse('Mentor Up did not answer. Reload the page and try again.');
  }
}
