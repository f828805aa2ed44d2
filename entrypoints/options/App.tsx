import { BackupSection } from './BackupSection';
import { ProgrammeReviewSection } from './ProgrammeReviewSection';
import { RemindersSection } from './RemindersSection';
import { SettingsSection } from './SettingsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { UnsavedCapturesNotice } from './UnsavedCapturesNotice';

export function App() {
  return (
    <main className="options">
      <h1>Mentor Up options</h1>
      <UnsavedCapturesNotice />
      {/* The backup reminder's notification opens the page here. */}
      <div id="backup">
        <BackupSection />
      </div>
      <RemindersSection />
      <ProgrammeReviewSection />
      <SettingsSection />
      <ShortcutsSection />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Everything you enter in Mentor Up — protégés, notes, stages and sessions — stays in this browser on this
          device. Nothing is sent anywhere.
        </p>
      </section>
    </main>
  );
}
