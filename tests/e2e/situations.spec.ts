import { expect, PANEL_SIZE, test } from './fixtures';
import { addProtegeInPanel, setStage } from './panel-helpers';

test('mid-call: a Boomer in denial pushes back, picked by key; tips, a logged moment, and the stage move once accepted', async ({
  openPage,
}) => {
  const panel = await openPage('sidepanel.html', PANEL_SIZE);
  await addProtegeInPanel(panel, 'Pat Lee', 'boomer');
  await panel.getByRole('tab', { name: 'Progress' }).click();
  await setStage(panel, 'Denial', 'Says AI is a fad');
  await panel.getByRole('button', { name: 'Start session' }).click();

  const happening = panel
    .getByRole('region', { name: /Session with Pat Lee/ })
    .getByRole('group', { name: 'What’s happening?' });
  await expect(happening.getByRole('button', { name: /Pushing back/ })).toHaveAttribute('aria-keyshortcuts', '1');
  // The note box has the focus as a session starts: the key goes to the panel once it is left.
  await panel.getByRole('heading', { name: /Session with Pat Lee/ }).click();
  await panel.keyboard.press('1');

  await expect(happening.getByRole('button', { name: /Pushing back/ })).toHaveAttribute('aria-pressed', 'true');
  const tips = panel.getByRole('list', { name: 'Tips for what is happening' }).getByRole('listitem');
  await expect(tips).toHaveCount(3);
  // Ranked for the stage the push-back signals, though denial is recorded.
  for (const tip of await tips.all()) await expect(tip).toContainText(/Pushing back.*resistance/);
  await expect(panel.getByRole('list', { name: 'Notes this session' })).toContainText('Observed: Pushing back');

  await panel.getByRole('button', { name: 'Record resistance' }).click();
  await expect(panel.getByText('Resistance recorded.')).toBeVisible();
  await panel.getByRole('tab', { name: 'Progress' }).click();
  await expect(panel.getByRole('list', { name: 'Stage history' }).getByRole('listitem')).toHaveText([
    /Denial \(first recorded\).*Says AI is a fad/,
    /Resistance \(moved on from Denial\).*Observed: Pushing back/,
  ]);

  // The wrap-up lists what was seen.
  await panel.getByRole('button', { name: 'End session' }).click();
  await expect(panel.getByRole('list', { name: 'Seen this session' })).toContainText('Pushing back');
});
