// The questionnaire's answer groups follow the target-group list (issue 14: dementia was missing).
import { describe, expect, it } from 'vitest';
import { TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ANSWER_GROUPS } from './schema.js';

describe('questionnaire answer groups', () => {
  it('hold the whole municipality, every target group (dementia included) and children as carers, each once', () => {
    expect(ANSWER_GROUPS).toContain('dementia');
    expect([...ANSWER_GROUPS].sort()).toEqual(['all', ...TARGET_GROUPS, 'children'].sort());
    expect(new Set(ANSWER_GROUPS).size).toBe(ANSWER_GROUPS.length);
  });
});
