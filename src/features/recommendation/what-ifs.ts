// What would change the recommendation (the what-ifs) and how both scores move (the sensitivity curves): the engine's
// heaviest work, since both score the answers again for every value they try. It runs in a Web Worker
// (what-ifs.worker.ts) so that typing stays responsive; the verdict is worked out on the main thread.
import { type Answers, type Flip, findFlips, findSensitivity, type Locale, type SensitivityCurve } from '../../engine';

export interface WhatIfs {
  /** For each answer, the nearest value that would change the recommendation (explained in the request's locale). */
  readonly flips: readonly Flip[];
  /** Both scores as the tolerance and the engineers change, with the flip marked. */
  readonly curves: readonly SensitivityCurve[];
}

export interface WhatIfsRequest {
  /** Numbers each request, so an answer is matched to the question it answers. */
  readonly id: number;
  readonly answers: Answers;
  readonly locale: Locale;
}

export type WhatIfsResponse =
  | { readonly id: number; readonly ok: true; readonly whatIfs: WhatIfs }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The what-ifs and the curves for valid answers; the curves mark the what-ifs' own flips, so the two agree. */
export function analyzeWhatIfs(answers: Answers, locale: Locale): WhatIfs {
  const flips = findFlips(answers, locale);
  return { flips, curves: findSensitivity(answers, flips) };
}

/** Answers a request, a failure included (an exception in the engine is a bug, said as a message, not a crash). */
export function answerWhatIfs({ id, answers, locale }: WhatIfsRequest): WhatIfsResponse {
  try {
    return { id, ok: true, whatIfs: analyzeWhatIfs(answers, locale) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
