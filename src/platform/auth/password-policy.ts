// What a staff password must be: at least 12 characters and not guessable by a maintained
// estimator with a common-password dictionary (zxcvbn score 3 or more: "safely unguessable",
// about 10^8 guesses and up). The messages are the form's.
import { lazy } from '../lazy-libs.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MIN_SCORE = 3;

// The estimator and its dictionaries (decompressed when loaded) are made on the first check.
const estimator = lazy(async () => {
  const [{ ZxcvbnFactory }, common] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]);
  return new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
});

/** The message for a password that is not good enough, or undefined when it is. */
export async function passwordProblem(password: string, context: string[] = []): Promise<string | undefined> {
  if (password.length < PASSWORD_MIN_LENGTH) return `Lösenordet behöver vara minst ${PASSWORD_MIN_LENGTH} tecken`;
  if (password.length > 200) return 'Högst 200 tecken';
  const { score } = await (await estimator()).checkAsync(password, context);
  if (score < PASSWORD_MIN_SCORE) return 'Lösenordet är för lätt att gissa. Välj en längre fras med ord som inte hör ihop, eller låt oss skapa ett';
  return undefined;
}
