/** What went wrong, announced at once to screen readers; renders nothing when there is no message. */
export function ErrorText({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}
