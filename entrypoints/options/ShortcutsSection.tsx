import { useEffect, useId, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { describeError } from '../../utils/error-message';
import { ErrorText } from '../../components/ErrorText';

interface FirefoxCommands {
  openShortcutSettings?: () => Promise<void>;
}

const FALLBACK_DESCRIPTIONS: Record<string, string> = {
  _execute_action: 'Open the Mentor Up popup',
  _execute_sidebar_action: 'Open the Mentor Up side panel',
};

/** Opens the browser's own page for changing extension shortcuts. */
function openShortcutSettings(): Promise<unknown> {
  const firefoxCommands = browser.commands as unknown as FirefoxCommands;
  if (import.meta.env.FIREFOX && firefoxCommands.openShortcutSettings) return firefoxCommands.openShortcutSettings();
  return browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The keyboard shortcuts as the browser has them now, and how to change them. */
export function ShortcutsSection() {
  const id = useId();
  const [commands, setCommands] = useState<Browser.commands.Command[]>();
  const [error, setError] = useState('');

  useEffect(() => {
    browser.commands.getAll().then(setCommands, (caught: unknown) => setError(describeError(caught)));
  }, []);

  function change() {
    setError('');
    openShortcutSettings().catch((caught: unknown) =>
      setError(`The shortcut settings did not open. ${describeError(caught)}`),
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Keyboard shortcuts</h2>
      {commands && (
        <dl className="shortcuts">
          {commands.map((command) => (
            <div key={command.name}>
              <dt>{command.description || FALLBACK_DESCRIPTIONS[command.name ?? ''] || command.name}</dt>
              <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : 'No shortcut set'}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="hint">
        Chrome and Edge: open <code>chrome://extensions/shortcuts</code>. Firefox: in the Add-ons Manager, choose the
        gear menu, then Manage Extension Shortcuts.
      </p>
      <button type="button" className="secondary" onClick={change}>
        Change shortcuts
      </button>
      <ErrorText message={error} />
    </section>
  );
}
