/**
 * Makes text from a spec safe to print: control characters (terminal escape
 * sequences, carriage returns) and bidirectional overrides become visible
 * escapes instead of acting on the terminal.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n');
}
