// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type Answers, parseAnswers } from '../../../src/engine';
import { Questionnaire } from '../../../src/features/questionnaire';
import { toAnswersDocument } from '../../../src/features/questionnaire/answers-document';
import { toFormValues } from '../../../src/features/questionnaire/form-values';
import { answersOf } from '../../fixtures/answers';

/** Answers the questionnaire does not ask yet (cluster kinds, growth, a jurisdiction's rule and places). */
const WITH_NEWER_ANSWERS = answersOf({
  version: 1,
  regions: [
    { id: 'aws:eu-central-1', clusters: 12, jurisdiction: 'eu', clusterKinds: { provisioned: 8, hosted: 2 } },
    { id: 'aws:us-east-1', clusters: 4 },
  ],
  clustersInTwoYears: 40,
  jurisdictions: [{ id: 'eu', name: 'European Union', planesManageOnlyInside: true, allowedLocations: ['DE', 'FR'] }],
});

describe('answers the questionnaire does not ask yet', () => {
  it('come back from the form values exactly as they went in', () => {
    expect(parseAnswers(toAnswersDocument(toFormValues(WITH_NEWER_ANSWERS)))).toEqual({
      ok: true,
      value: WITH_NEWER_ANSWERS,
    });
  });

  it('survive an edit in the form, in the answers it reports', async () => {
    const onAnswersChange = vi.fn<(answers: Answers) => void>();
    const user = userEvent.setup();
    render(
      <Questionnaire
        initialAnswers={WITH_NEWER_ANSWERS}
        onAnswersChange={onAnswersChange}
        onPendingProblems={vi.fn()}
      />,
    );
    const clusters = screen.getByRole('textbox', { name: 'Clusters in US East (N. Virginia)' });
    await user.clear(clusters);
    await user.type(clusters, '6');

    const reported = onAnswersChange.mock.lastCall?.[0];
    expect(reported?.regions).toEqual([
      { id: 'aws:eu-central-1', clusters: 12, jurisdiction: 'eu', clusterKinds: { provisioned: 8, hosted: 2 } },
      { id: 'aws:us-east-1', clusters: 6 },
    ]);
    expect(reported?.clustersInTwoYears).toBe(40);
    expect(reported?.jurisdictions).toEqual(WITH_NEWER_ANSWERS.jurisdictions);
  });
});
