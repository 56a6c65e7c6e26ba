// What a staff password must be: at least 12 characters and not guessable by a maintained
// estimator with a common-password dictionary (zxcvbn score 3 or more: "safely unguessable",
// about 10^8 guesses and up). The messages are the form's.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

/** The message for a password that is not good enough, or undefined when it is. */
export async function passwordProblem(password: string, context: string[] = []): Promise<string | undefined> {
  if (password.length < PASSWORD_MIN_LENGTH) return `Lösenordet behöver vara minst ${PASSWORD_MIN_LENGTH} tecken`;
  if (password.length > 200) return 'Högst 200 tecken';
  const { score } = await zxcvbn.checkAsync(password, context);
  if (score < PASSWORD_MIN_SCORE) return 'Lösenordet är för lätt att gissa. Välj en längre fras med ord som inte hör ihop, eller låt oss skapa ett';
  return undefined;
}
