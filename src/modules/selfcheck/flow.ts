// The self-check as a form that carries its own state: every answer so far travels in hidden
// fields of the next POST, never in a session or the database. A strict schema built from the
// instrument version accepts exactly its fields.
import { z } from 'zod';
import { TARGET_GROUPS, type TargetGroup } from '../../platform/domain/vocab.js';
import { zodToFieldErrors } from '../../platform/http/forms.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { InstrumentDefinition } from './definition.js';
import type { Answers } from './scoring.js';
import { COMPLETION_TOKEN } from './completion.js';

export const MODES = ['one', 'all'] as const;
export type Mode = (typeof MODES)[number];
/** start: from the start page; next/skip/back: one question per screen; result: show the result; edit: back from the result. */
export const ACTIONS = ['start', 'next', 'skip', 'back', 'result', 'edit'] as const;
export type Action = (typeof ACTIONS)[number];

/** The error of "Nästa" without an answer, a key of SELFCHECK_MESSAGES. */
export const CHOOSE_ANSWER = 'selfcheck.chooseAnswer';

export const answerField = (itemKey: string) => `a_${itemKey}`;

export interface FlowState {
  versionId: string;
  mode: Mode;
  group: TargetGroup | null;
  answers: Answers;
  step: number;
  /** Set once the completion was counted, so going back and forth counts one check once. */
  counted: boolean;
  /** The one-time completion token of a citizen's check (see completion.ts); staff checks have none. */
  completion?: string;
}

export type Screen =
  | { kind: 'start'; state: Partial<FlowState>; errors?: FieldErrors }
  | { kind: 'question'; state: FlowState; errors?: FieldErrors }
  | { kind: 'all'; state: FlowState; errors?: FieldErrors }
  | { kind: 'result'; state: FlowState; firstTime: boolean };

/** Reads only the version id, to find the instrument the rest of the form is checked against. */
export function versionIdOf(body: unknown): string | null {
  const v = (body as Record<string, unknown> | undefined)?.v;
  return typeof v === 'string' && z.string().uuid().safeParse(v).success ? v : null;
}

export function flowSchema(def: InstrumentDefinition) {
  const values = def.scale.map((s) => String(s.value)) as [string, ...string[]];
  const answerFields = Object.fromEntries(def.items.map((i) => [answerField(i.key), z.enum([...values, 'skip', '']).optional()]));
  return z.object({
    _csrf: z.string().optional(),
    v: z.string().uuid(),
    mode: z.enum(MODES, { message: 'Välj hur du vill svara på frågorna' }),
    group: z.union([z.enum(TARGET_GROUPS), z.literal('')], { message: 'Välj en av grupperna' }).optional(),
    step: z.string().regex(/^\d{1,3}$/).optional(),
    counted: z.literal('1').optional(),
    ct: z.string().regex(COMPLETION_TOKEN).optional(),
    action: z.enum(ACTIONS),
    ...answerFields,
  }).strict();
}

function answersFrom(def: InstrumentDefinition, data: Record<string, string | undefined>): Answers {
  const out: Answers = {};
  for (const item of def.items) {
    const raw = data[answerField(item.key)];
    if (raw === 'skip') out[item.key] = 'skip';
    else if (raw !== undefined && raw !== '') out[item.key] = Number(raw);
  }
  return out;
}

/**
 * One POST of the self-check → the next screen. Bad or foreign fields give the start page with
 * a message (nothing to keep); a missing answer gives the same question with a message.
 */
export function advance(def: InstrumentDefinition, body: unknown): Screen {
  const parsed = flowSchema(def).safeParse(body ?? {});
  if (!parsed.success) {
    const raw = (body ?? {}) as Record<string, unknown>;
    const mode = MODES.find((m) => m === raw.mode);
    const group = TARGET_GROUPS.find((g) => g === raw.group) ?? null;
    // Only the start page's own fields can be corrected there; anything else was not typed by a person.
    const errors: FieldErrors = {};
    for (const [k, message] of Object.entries(zodToFieldErrors(parsed.error))) {
      if (k === 'mode' || k === 'group') errors[k] = message;
      else errors._form = 'Svaren kunde inte läsas. Börja gärna om.';
    }
    const completion = typeof raw.ct === 'string' && COMPLETION_TOKEN.test(raw.ct) ? raw.ct : undefined;
    return { kind: 'start', state: { versionId: versionIdOf(body) ?? undefined, mode, group, completion }, errors };
  }
  const d = parsed.data as Record<string, string | undefined> & z.infer<ReturnType<typeof flowSchema>>;
  const n = def.items.length;
  const state: FlowState = {
    versionId: d.v, mode: d.mode, group: (d.group || null) as TargetGroup | null,
    answers: answersFrom(def, d), step: Math.min(Number(d.step ?? 0), n - 1), counted: d.counted === '1',
    completion: d.ct,
  };
  const result = (): Screen => ({ kind: 'result', state: { ...state, counted: true }, firstTime: !state.counted });
  if (state.mode === 'all') {
    if (d.action === 'result') {
      if (Object.values(state.answers).every((a) => a === 'skip')) return { kind: 'all', state, errors: { _form: 'Svara på minst en fråga för att se ett resultat.' } };
      return result();
    }
    return { kind: 'all', state };
  }
  const current = def.items[state.step];
  switch (d.action) {
    case 'start':
      return { kind: 'question', state: { ...state, step: 0 } };
    case 'edit':
      return { kind: 'question', state: { ...state, step: n - 1 } };
    case 'back':
      return { kind: 'question', state: { ...state, step: Math.max(0, state.step - 1) } };
    case 'skip':
    case 'next': {
      const answer = state.answers[current.key];
      if (d.action === 'next' && (answer === undefined || answer === 'skip')) {
        // A message key (messages.ts): the view shows it in the reader's language. Never a silent skip.
        return { kind: 'question', state, errors: { [answerField(current.key)]: CHOOSE_ANSWER } };
      }
      if (d.action === 'skip') state.answers[current.key] = 'skip';
      return state.step + 1 >= n ? result() : { kind: 'question', state: { ...state, step: state.step + 1 } };
    }
    default:
      return result();
  }
}

/** The hidden fields that carry the state, leaving out the items shown as questions on this screen. */
export function hiddenFields(def: InstrumentDefinition, state: Partial<FlowState>, shownItemKeys: string[] = []): [string, string][] {
  const out: [string, string][] = [];
  if (state.versionId) out.push(['v', state.versionId]);
  if (state.mode) out.push(['mode', state.mode]);
  if (state.group) out.push(['group', state.group]);
  if (state.counted) out.push(['counted', '1']);
  if (state.completion) out.push(['ct', state.completion]);
  for (const item of def.items) {
    const a = state.answers?.[item.key];
    if (a !== undefined && !shownItemKeys.includes(item.key)) out.push([answerField(item.key), String(a)]);
  }
  return out;
}
