// A person's initials for a small tag ("Nurse Kim" → "NK"): the first letter of each word, at most three.
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 3)
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase())
    .join('');
}
