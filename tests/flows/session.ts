import { expect } from '@playwright/test';
import {
  button,
  checkbox,
  combobox,
  itemsOf,
  list,
  PANEL_PAGE,
  PANEL_SIZE,
  radio,
  tab,
  textbox,
  type ExtensionPage,
} from './driver';
import type { Flow } from './flow';
import { addProtegeInPanel, setStage } from './helpers';

const stageMarkers = (panel: ExtensionPage) =>
  panel.evaluate(() => document.querySelectorAll('svg.stage-chart .marker').length);

export const wholeSession: Flow = {
  title:
    'a whole session: agreement, agenda, notes, stage forward and back, wrap-up kept through a reload, then Progress',
  async run(browser) {
    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
    await addProtegeInPanel(panel, 'Pat Lee', 'boomer');

    await panel.click(tab('Profile'));
    await panel.fill(textbox('Skills and knowledge gaps to close'), 'Posting on LinkedIn');
    await panel.fill(textbox('New goal'), 'Post once a week');
    await panel.click(button('Add goal'));
    await expect.poll(() => panel.count(checkbox('Post once a week'))).toBe(1);
    await panel.fill(textbox('How often you meet'), 'Every other Tuesday');

    await panel.click(tab('Notes'));
    await panel.fill(textbox('New note'), 'What makes a good headline?');
    await panel.selectOption(combobox('Kind'), { value: 'talking-point' });
    await panel.click(button('Save note'));
    await expect.poll(() => panel.text({ role: 'status', nth: 0 })).toBe('Saved');

    await panel.click(tab('Progress'));
    await setStage(panel, 'Denial', 'Says LinkedIn is for recruiters');

    await panel.click(button('Start session'));
    const agenda = itemsOf('Agenda');
    await expect
      .poll(() => panel.texts(agenda))
      .toEqual([
        'Talking point: What makes a good headline?',
        'Goal: Post once a week',
        expect.stringMatching(/^Try: /),
      ]);

    const sessionNote = textbox('Session note');
    await panel.fill(sessionNote, 'Drafted a first post together');
    await panel.press('Control+Enter', sessionNote);
    await panel.waitForText(list('Notes this session'), 'Drafted a first post together');
    await panel.check(checkbox('What makes a good headline?'));

    await setStage(panel, 'Acceptance', 'Posted without help');
    await setStage(panel, 'Resistance', 'Worried about comments');

    await panel.click(button('End session'));
    await panel.check(radio('Resistance', 'Stage at the end'));
    await panel.fill(textbox('Thanks given or received'), 'Pat offered to introduce me to the CFO');
    await panel.fill({ label: 'Next meeting' }, '2027-01-12');
    await panel.fill(textbox('Summary'), 'First post drafted; nervous about comments');

    // A reload mid-wrap-up loses nothing.
    await panel.reload();
    await expect.poll(() => panel.value(textbox('Summary'))).toBe('First post drafted; nervous about comments');
    await panel.click(button('Save wrap-up and end'));
    await expect.poll(() => panel.count(button('Start session'))).toBe(1);

    await panel.click(tab('Progress'));
    await expect
      .poll(() => panel.texts(itemsOf('Stage history')))
      .toEqual([
        expect.stringMatching(/\d{4}.*Denial \(first recorded\).*Says LinkedIn is for recruiters/),
        expect.stringMatching(/\d{4}.*Acceptance \(moved on from Denial\).*Posted without help/),
        expect.stringMatching(/\d{4}.*Resistance \(moved back from Acceptance\).*Worried about comments/),
      ]);
    await expect.poll(() => stageMarkers(panel)).toBe(3);
    for (const text of [
      'Drafted a first post together',
      'Pat offered to introduce me to the CFO',
      'First post drafted; nervous about comments',
    ]) {
      await panel.waitForText(list('Sessions'), text);
    }
  },
};

export const reloadMidEdit: Flow = {
  title: 'reloading the side panel mid-edit loses nothing',
  async run(browser) {
    const panel = await browser.open(PANEL_PAGE, PANEL_SIZE);
    await addProtegeInPanel(panel, 'Robin', 'silent');
    await panel.click(tab('Profile'));
    await panel.click(textbox('Preferences'));
    await panel.type('Prefers a phone call');
    await panel.reload(); // at once: before the pause that saves to the database

    await panel.click(tab('Profile'));
    await expect.poll(() => panel.value(textbox('Preferences'))).toBe('Prefers a phone call');

    await panel.click(tab('Notes'));
    await panel.click(textbox('New note'));
    await panel.type('Half-typed note');
    await panel.reload();
    await panel.click(tab('Notes'));
    await expect.poll(() => panel.value(textbox('New note'))).toBe('Half-typed note');
  },
};
