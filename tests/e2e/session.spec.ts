import { expect, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel, setStage } from './panel-helpers';

test('a whole session: agreement, agenda, notes, stage forward and back, wrap-up, then Progress', async ({
  openPage,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');

  await panel.getByRole('tab', { name: 'Profile' }).click();
  await panel.getByRole('textbox', { name: 'Skills and knowledge gaps to close' }).fill('Posting on LinkedIn');
  await panel.getByRole('textbox', { name: 'New goal' }).fill('Post once a week');
  await panel.getByRole('button', { name: 'Add goal' }).click();
  await expect(panel.getByRole('checkbox', { name: 'Post once a week' })).toBeVisible();
  await panel.getByRole('textbox', { name: 'How often you meet' }).fill('Every other Tuesday');

  await panel.getByRole('tab', { name: 'Notes' }).click();
  await panel.getByRole('textbox', { name: 'New note' }).fill('What makes a good headline?');
  await panel.getByRole('combobox', { name: 'Kind' }).selectOption('talking-point');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Saved');

  await panel.getByRole('tab', { name: 'Progress' }).click();
  await setStage(panel, 'Denial', 'Says LinkedIn is for recruiters');

  await panel.getByRole('button', { name: 'Start session' }).click();
  const agenda = panel.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  await expect(agenda.nth(0)).toHaveText('Talking point: What makes a good headline?');
  await expect(agenda.nth(1)).toHaveText('Goal: Post once a week');
  await expect(agenda.nth(2)).toHaveText(/^Try: /);

  const sessionNote = panel.getByRole('textbox', { name: 'Session note' });
  await sessionNote.fill('Drafted a first post together');
  await sessionNote.press('Control+Enter');
  await expect(panel.getByRole('list', { name: 'Notes this session' })).toContainText('Drafted a first post together');
  await panel.getByRole('checkbox', { name: 'What makes a good headline?' }).check();

  await setStage(panel, 'Acceptance', 'Posted without help');
  await setStage(panel, 'Resistance', 'Worried about comments');

  await panel.getByRole('button', { name: 'End session' }).click();
  await panel.getByRole('radiogroup', { name: 'Stage at the end' }).getByRole('radio', { name: 'Resistance' }).check();
  await panel.getByRole('textbox', { name: 'Thanks given or received' }).fill('Pat offered to introduce me to the CFO');
  await panel.getByLabel('Next meeting').fill('2027-01-12');
  await panel.getByRole('textbox', { name: 'Summary' }).fill('First post drafted; nervous about comments');

  // A reload mid-wrap-up loses nothing.
  await panel.reload();
  await expect(panel.getByRole('textbox', { name: 'Summary' })).toHaveValue(
    'First post drafted; nervous about comments',
  );
  await panel.getByRole('button', { name: 'Save wrap-up and end' }).click();
  await expect(panel.getByRole('button', { name: 'Start session' })).toBeVisible();

  await panel.getByRole('tab', { name: 'Progress' }).click();
  const history = panel.getByRole('list', { name: 'Stage history' }).getByRole('listitem');
  await expect(history).toHaveText([
    /\d{4}.*Denial \(first recorded\).*Says LinkedIn is for recruiters/,
    /\d{4}.*Acceptance \(moved on from Denial\).*Posted without help/,
    /\d{4}.*Resistance \(moved back from Acceptance\).*Worried about comments/,
  ]);
  await expect(panel.locator('svg.stage-chart .marker')).toHaveCount(3);
  const sessions = panel.getByRole('list', { name: 'Sessions' });
  await expect(sessions).toContainText('Drafted a first post together');
  await expect(sessions).toContainText('Pat offered to introduce me to the CFO');
  await expect(sessions).toContainText('First post drafted; nervous about comments');
});

test('reloading the panel mid-edit loses nothing', async ({ openPage }) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Robin', 'silent');
  await panel.getByRole('tab', { name: 'Profile' }).click();
  const preferences = panel.getByRole('textbox', { name: 'Preferences' });
  await preferences.click();
  await panel.keyboard.type('Prefers a phone call');
  await panel.reload(); // at once: before the pause that saves to the database

  await panel.getByRole('tab', { name: 'Profile' }).click();
  await expect(panel.getByRole('textbox', { name: 'Preferences' })).toHaveValue('Prefers a phone call');

  await panel.getByRole('tab', { name: 'Notes' }).click();
  await panel.getByRole('textbox', { name: 'New note' }).click();
  await panel.keyboard.type('Half-typed note');
  await panel.reload();
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(panel.getByRole('textbox', { name: 'New note' })).toHaveValue('Half-typed note');
});
