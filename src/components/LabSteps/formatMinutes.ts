/** "2 minutes", "1 minute", "1.5 minutes", "15 seconds": a duration as a student reads it. */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} seconds`;
  const rounded = Math.round(minutes * 2) / 2;
  return `${rounded} ${rounded === 1 ? 'minute' : 'minutes'}`;
}
