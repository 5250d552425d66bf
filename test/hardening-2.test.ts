/** Bad input never crashes, second part: the second half of the inputs. See test/helpers/bad-input.ts. */
import { describe, it } from 'vitest';
import { corpusHalf, expectBadInputHandled } from './helpers/bad-input.js';

describe('bad input corpus, second half', () => {
  it.each(corpusHalf(1))('%s: lint, render, calendar, status, sign, diff and kickoff answer with a documented exit code and a clean message', async (_name, path) => expectBadInputHandled(path));
});
