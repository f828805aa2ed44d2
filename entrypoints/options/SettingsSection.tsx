import { useId, useState } from 'react';
import { describeError } from '../../utils/error-message';
import { turnOffCallHints, turnOnCallHints } from '../../features/call-hints';
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../../utils/appearance';
import { callHintsEnabled, textSize, theme } from '../../utils/storage';
import './settings.css';
import { useStoredSetting } from './use-stored-setting';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorText } from '../../components/ErrorText';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as my system', light: 'Light', dark: 'Dark' };
const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  standard: 'Standard',
  large: 'Large',
  'extra-large': 'Extra large',
};

/** Theme, text size and call-page hints; each applies at once to every open Mentor Up page. */
export function SettingsSection() {
  const id = useId();
  const [currentTheme, setTheme] = useStoredSetting(theme);
  const [currentSize, setTextSize] = useStoredSetting(textSize);
  const [hintsOn] = useStoredSetting(callHintsEnabled);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  function save(task: Promise<unknown>) {
    setError('');
    task.catch((caught: unknown) => setError(`The setting was not saved. ${describeError(caught)}`));
  }

  function toggleCallHints(on: boolean) {
    setError('');
    setMessage('');
    // The permission request runs first, inside the click: browsers prompt only then.
    const change = on ? turnOnCallHints() : turnOffCallHints().then(() => false);
    change.then(
      (nowOn) => {
        if (on && !nowOn) setMessage('Access to call pages was not given, so the hints stay off.');
        else setMessage(nowOn ? 'Hints are on. Reload a call page that is already open to see them.' : '');
      },
      (caught: unknown) => setError(`Call-page hints were not changed. ${describeError(caught)}`),
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Appearance and call pages</h2>
      <ChoiceGroup
        legend="Theme"
        options={THEMES}
        labels={THEME_LABELS}
        value={currentTheme}
        onChange={(value) => save(setTheme(value))}
      />
      <ChoiceGroup
        legend="Text size"
        options={TEXT_SIZES}
        labels={TEXT_SIZE_LABELS}
        value={currentSize}
        onChange={(value) => save(setTextSize(value))}
      />
      <p className="hint">Larger text helps when you share your screen with someone reading from a distance.</p>

      <label className="choice">
        <input
          type="checkbox"
          checked={hintsOn === true}
          disabled={hintsOn === undefined}
          aria-describedby={`${id}-hints-about`}
          onChange={(event) => toggleCallHints(event.target.checked)}
        />
        Coaching hints on call pages
      </label>
      <p id={`${id}-hints-about`} className="hint">
        On Google Meet, Zoom's web client and Microsoft Teams, Mentor Up marks its toolbar button and shows a small
        button that opens the side panel beside the call. Turning this on asks your browser for access to those sites
        only; turning it off gives the access back. The button on the call page never shows names or notes.
        {import.meta.env.FIREFOX &&
          ' Firefox opens its sidebar only from its own toolbar, menus and shortcuts, so there the button says to use the Mentor Up toolbar button instead.'}
      </p>
      <p role="status" className="status">
        {message}
      </p>
      <ErrorText message={error} />
    </section>
  );
}
