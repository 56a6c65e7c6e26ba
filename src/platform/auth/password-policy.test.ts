import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('refuses short and guessable passwords', async () => {
    expect(await passwordProblem('kort-ord')).toContain('minst 12');
    expect(await passwordProblem('aaaaaaaaaaaa')).toContain('för lätt');
    expect(await passwordProblem('password1234')).toContain('för lätt');
    expect(await passwordProblem('qwertyuiop12')).toContain('för lätt');
  });

  it('accepts long unrelated words and generated passwords', async () => {
    expect(await passwordProblem('kanel-tulpan-cykel-sjö')).toBeUndefined();
    expect(await passwordProblem('x7kp-m3qa-tz9w-h4ne')).toBeUndefined();
  });
});
