import { takeEarlyPopup } from './handoff';

async function main() {
  // The shell script (popup-shell.ts) draws the note box from one storage read. React and the
  // database load only once it is up, so they do not hold up that read.
  const early = await takeEarlyPopup();
  const { startApp } = await import('./start-app');
  await startApp(document.getElementById('root')!, early);
}

void main();
