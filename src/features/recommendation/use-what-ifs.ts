import { useEffect, useRef, useState } from 'react';
import type { Answers, Locale } from '../../engine';
import { answerWhatIfs, type WhatIfs, type WhatIfsRequest, type WhatIfsResponse } from './what-ifs';

/** The what-ifs of the answers on screen: being worked out, worked out, or failed (the verdict is unaffected). */
export type WhatIfsState =
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly whatIfs: WhatIfs }
  | { readonly status: 'failed'; readonly message: string };

const WORKING: WhatIfsState = { status: 'working' };

/** Asks for the what-ifs of one set of answers at a time; each new request supersedes the one before. */
interface WhatIfsAnalyst {
  /** Calls `onAnswer` once with the answer, unless the returned cancel runs first or a newer request is made. */
  readonly request: (answers: Answers, locale: Locale, onAnswer: (state: WhatIfsState) => void) => () => void;
  readonly dispose: () => void;
}

/** Where a browser cannot start the worker (and in tests, where jsdom has no Worker): the same work, in a later task. */
function inPageAnalyst(): WhatIfsAnalyst {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    request: (answers, locale, onAnswer) => {
      clearTimeout(timer);
      timer = setTimeout(() => onAnswer(toState(answerWhatIfs({ id: 0, answers, locale }))), 0);
      return () => clearTimeout(timer);
    },
    dispose: () => clearTimeout(timer),
  };
}

function toState(response: WhatIfsResponse): WhatIfsState {
  return response.ok ? { status: 'done', whatIfs: response.whatIfs } : { status: 'failed', message: response.message };
}

/**
 * The what-ifs worker (what-ifs.worker.ts). Answers are matched to requests by id, so an answer to a superseded
 * request is dropped. A worker that fails (its script cannot load, it runs out of memory) fails the request it was
 * working on; the next request starts a new one.
 */
function workerAnalyst(): WhatIfsAnalyst {
  let worker: Worker | null = null;
  let latest = 0;
  let pending: ((state: WhatIfsState) => void) | null = null;
  const settle = (state: WhatIfsState) => {
    const onAnswer = pending;
    pending = null;
    onAnswer?.(state);
  };
  const start = (): Worker => {
    const started = new Worker(new URL('./what-ifs.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<WhatIfsResponse>) => {
      if (event.data.id === latest) settle(toState(event.data));
    };
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      if (worker === started) worker = null;
      settle({ status: 'failed', message: event.message || 'the analysis could not start' });
    };
    return started;
  };
  return {
    request: (answers, locale, onAnswer) => {
      worker ??= start();
      const id = ++latest;
      pending = onAnswer;
      const request: WhatIfsRequest = { id, answers, locale };
      worker.postMessage(request);
      return () => {
        if (latest === id) pending = null;
      };
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
      pending = null;
    },
  };
}

/**
 * The what-ifs and sensitivity curves of `answers` in `locale`, worked out off the main thread. 'working' until the
 * answer for exactly these answers arrives: an answer to earlier answers (typing has moved on) is never returned.
 */
export function useWhatIfs(answers: Answers, locale: Locale): WhatIfsState {
  const analyst = useRef<WhatIfsAnalyst | null>(null);
  const [answered, setAnswered] = useState<{ answers: Answers; locale: Locale; state: WhatIfsState } | null>(null);

  useEffect(() => {
    analyst.current ??= typeof Worker === 'undefined' ? inPageAnalyst() : workerAnalyst();
    return analyst.current.request(answers, locale, (state) => setAnswered({ answers, locale, state }));
  }, [answers, locale]);

  useEffect(
    () => () => {
      analyst.current?.dispose();
      analyst.current = null;
    },
    [],
  );

  return answered?.answers === answers && answered.locale === locale ? answered.state : WORKING;
}
