import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Answers, findFlips, findSensitivity } from '../../../src/engine';
import { useWhatIfs } from '../../../src/features/recommendation/use-what-ifs';
import type { WhatIfsRequest, WhatIfsResponse } from '../../../src/features/recommendation/what-ifs';
import { THREE_REGIONS } from '../../fixtures/answers';

/** A stand-in for the browser's Worker: it keeps what it is asked and answers when the test says. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly asked: WhatIfsRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WhatIfsResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(request: WhatIfsRequest): void {
    this.asked.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(request: WhatIfsRequest, response: Partial<WhatIfsResponse> = {}): void {
    const whatIfs = { flips: findFlips(request.answers, request.locale), curves: [] };
    act(() => this.onmessage?.({ data: { id: request.id, ok: true, whatIfs, ...response } } as MessageEvent));
  }

  fail(message: string): void {
    act(() => this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent));
  }
}

const tolerance = (latencyToleranceMs: number): Answers => ({ ...THREE_REGIONS, latencyToleranceMs });

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('useWhatIfs', () => {
  it('never gives the answer to earlier answers: typing again supersedes it', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ answers }) => useWhatIfs(answers, 'en'), {
      initialProps: { answers: tolerance(150) },
    });
    rerender({ answers: tolerance(40) });
    const [worker] = FakeWorker.started;
    const [first, second] = worker?.asked ?? [];
    if (!worker || !first || !second) throw new Error('expected two requests to one worker');

    worker.answer(first);
    expect(result.current).toEqual({ status: 'working' });
    worker.answer(second);
    expect(result.current.status).toBe('done');
    const done = result.current.status === 'done' ? result.current.whatIfs : null;
    expect(done?.flips.find((flip) => flip.answer === 'latencyToleranceMs')?.current).toBe(40);
  });

  it('says a worker failure as a message, and starts a new worker for the next answers', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ answers }) => useWhatIfs(answers, 'en'), {
      initialProps: { answers: tolerance(150) },
    });
    FakeWorker.started[0]?.fail('out of memory');
    expect(result.current).toEqual({ status: 'failed', message: 'out of memory' });
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    rerender({ answers: tolerance(90) });
    expect(result.current).toEqual({ status: 'working' });
    const retry = FakeWorker.started[1];
    const [request] = retry?.asked ?? [];
    if (!retry || !request) throw new Error('expected a new worker with the new answers');
    retry.answer(request);
    expect(result.current.status).toBe('done');
  });

  it('says an exception in the analysis as a message', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const answers = tolerance(150);
    const { result } = renderHook(() => useWhatIfs(answers, 'en'));
    const [request] = FakeWorker.started[0]?.asked ?? [];
    if (!request) throw new Error('expected a request');
    FakeWorker.started[0]?.answer(request, { ok: false, message: 'no layout' } as Partial<WhatIfsResponse>);
    expect(result.current).toEqual({ status: 'failed', message: 'no layout' });
  });

  it('stops the worker when the result leaves the page', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const answers = tolerance(150);
    const { unmount } = renderHook(() => useWhatIfs(answers, 'en'));
    unmount();
    expect(FakeWorker.started.every((worker) => worker.terminated)).toBe(true);
  });

  it('works them out in the page where no worker can start, the curves marking the what-ifs’ flips', async () => {
    vi.stubGlobal('Worker', undefined);
    const answers = tolerance(40);
    const { result } = renderHook(() => useWhatIfs(answers, 'zh-CN'));
    expect(result.current.status).toBe('working');
    await vi.waitFor(() => expect(result.current.status).toBe('done'));
    const flips = findFlips(answers, 'zh-CN');
    expect(result.current).toEqual({
      status: 'done',
      whatIfs: { flips, curves: findSensitivity(answers, flips) },
    });
  });
});

describe('the what-ifs worker', () => {
  it('works out only the newest of the requests waiting for it', async () => {
    vi.useFakeTimers();
    const posted: WhatIfsResponse[] = [];
    const scope = globalThis as unknown as {
      onmessage: ((event: { data: WhatIfsRequest }) => void) | null;
      postMessage: (message: WhatIfsResponse) => void;
    };
    scope.postMessage = (message) => posted.push(message);
    await import('../../../src/features/recommendation/what-ifs.worker');
    for (const [id, ms] of [
      [1, 150],
      [2, 90],
      [3, 40],
    ] as const) {
      scope.onmessage?.({ data: { id, answers: tolerance(ms), locale: 'en' } });
    }
    vi.runAllTimers();
    vi.useRealTimers();
    expect(posted.map((response) => response.id)).toEqual([3]);
    expect(posted[0]?.ok).toBe(true);
    scope.onmessage = null;
  });
});
