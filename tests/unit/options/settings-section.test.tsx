import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SettingsSection } from '../../../entrypoints/options/SettingsSection';
import { ShortcutsSection } from '../../../entrypoints/options/ShortcutsSection';
import { applyAppearance } from '../../../utils/apply-appearance';
import { CALL_HOST_ORIGINS } from '../../../features/call-hints/call-hosts';
import { callHintsEnabled, textSize, theme } from '../../../utils/storage';
import { installFakeExtensionApis } from '../background/fake-extension-apis';

let apis: ReturnType<typeof installFakeExtensionApis>;
let stopAppearance: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-text-size');
});

afterEach(() => {
  cleanup();
  stopAppearance?.();
  stopAppearance = undefined;
});

describe('appearance settings', () => {
  it('the "Theme" radio group saves the theme, and an open page follows it live', async () => {
    const user = userEvent.setup();
    stopAppearance = await applyAppearance(document.documentElement);
    render(<SettingsSection />);
    const group = screen.getByRole('radiogroup', { name: 'Theme' });
    await waitFor(() =>
      expect(within(group).getByRole('radio', { name: 'Same as my system' })).toHaveProperty('checked', true),
    );
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);

    await user.click(within(group).getByRole('radio', { name: 'Dark' }));
    expect(await theme.getValue()).toBe('dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));

    await user.click(within(group).getByRole('radio', { name: 'Same as my system' }));
    await waitFor(() => expect(document.documentElement.hasAttribute('data-theme')).toBe(false));
  });

  it('the "Text size" radio group saves the size, and an open page follows it live', async () => {
    const user = userEvent.setup();
    stopAppearance = await applyAppearance(document.documentElement);
    expect(document.documentElement.dataset.textSize).toBe('standard');
    render(<SettingsSection />);
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Text size' })).getByRole('radio', { name: 'Extra large' }),
    );
    expect(await textSize.getValue()).toBe('extra-large');
    await waitFor(() => expect(document.documentElement.dataset.textSize).toBe('extra-large'));
  });

  it('shows what was chosen before when the page opens', async () => {
    await theme.setValue('light');
    await textSize.setValue('large');
    stopAppearance = await applyAppearance(document.documentElement);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(document.documentElement.dataset.textSize).toBe('large');
    render(<SettingsSection />);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true));
    expect(screen.getByRole('radio', { name: 'Large' })).toHaveProperty('checked', true);
  });
});

describe('call-page hints switch', () => {
  it('requests the call hosts when ticked and removes them when unticked', async () => {
    const user = userEvent.setup();
    render(<SettingsSection />);
    const box = screen.getByRole('checkbox', { name: 'Coaching hints on call pages' });
    await waitFor(() => expect(box).toHaveProperty('disabled', false));
    expect(box).toHaveProperty('checked', false);

    await user.click(box);
    expect(apis.permissions.request).toHaveBeenCalledWith({ origins: CALL_HOST_ORIGINS });
    await waitFor(() => expect(box).toHaveProperty('checked', true));
    expect(await callHintsEnabled.getValue()).toBe(true);
    expect(apis.permissions.granted.size).toBe(CALL_HOST_ORIGINS.length);

    await user.click(box);
    expect(apis.permissions.remove).toHaveBeenCalledWith({ origins: CALL_HOST_ORIGINS });
    await waitFor(() => expect(box).toHaveProperty('checked', false));
    expect(apis.permissions.granted.size).toBe(0);
    expect(await callHintsEnabled.getValue()).toBe(false);
  });

  it('stays off and says why when access is declined', async () => {
    apis.permissions.answer = false;
    const user = userEvent.setup();
    render(<SettingsSection />);
    const box = screen.getByRole('checkbox', { name: 'Coaching hints on call pages' });
    await waitFor(() => expect(box).toHaveProperty('disabled', false));
    await user.click(box);
    expect(await screen.findByText('Access to call pages was not given, so the hints stay off.')).toBeDefined();
    expect(box).toHaveProperty('checked', false);
  });
});

describe('keyboard shortcuts', () => {
  it('lists the shortcuts the browser has now and opens its page for changing them', async () => {
    apis.commands.list.push(
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+U' },
      { name: 'open-side-panel', description: 'Open the Mentor Up side panel', shortcut: '' },
    );
    const user = userEvent.setup();
    render(<ShortcutsSection />);
    expect(await screen.findByText('Open the Mentor Up popup')).toBeDefined();
    expect(screen.getByText('Alt+Shift+U').tagName).toBe('KBD');
    expect(screen.getByText('Open the Mentor Up side panel').nextElementSibling?.textContent).toBe('No shortcut set');

    await user.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain('chrome://extensions/shortcuts'),
    );
  });
});
