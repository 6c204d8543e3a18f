import { memo, type ReactNode, useEffect, useEffectEvent, useRef } from 'react';
import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import { useI18n } from '../../components/i18n';
import { type Answers, BROWSER_RTT_GUIDANCE_MS, NODES_ACROSS_REGIONS_WITHDRAWN_URL, PRIORITY_KEYS } from '../../engine';
import type { PendingProblem } from './answers-document';
import { ConstraintsSection } from './constraints-section';
import { type QuestionnaireValues, toFormValues } from './form-values';
import { QuestionSegmentedField, QuestionTextField } from './question-fields';
import { RegionsQuestion } from './regions-question';
import './questionnaire.css';

type Validation = typeof import('./questionnaire-resolver');

export type { PendingProblem };

export interface QuestionnaireProps {
  /** The answers the form starts from. Later changes are ignored: give the component a new `key` to reload it. */
  initialAnswers: Answers;
  /** Called with every valid set of answers, as the person edits. */
  onAnswersChange: (answers: Answers) => void;
  /** Called whenever the typed answers are not valid (the last valid answers stay in force). */
  onPendingProblems?: (problems: readonly PendingProblem[]) => void;
  /**
   * The form's values as they were typed before a reload, when they were not yet valid (from storage, so unchecked
   * beyond their shape): the form starts from them instead of `initialAnswers` and shows their problems at once.
   */
  initialValues?: unknown;
  /** Called with the values as typed while they are not valid, and with null once they are, so they can be kept. */
  onUnfinishedValues?: (values: QuestionnaireValues | null) => void;
}

let validation: Promise<typeof import('./questionnaire-resolver')> | undefined;
/** The schema and resolver, fetched once on demand (see questionnaire-resolver.ts). */
const loadValidation = () => {
  validation ??= import('./questionnaire-resolver');
  return validation;
};

const preloadValidation = () => void loadValidation();

const validateLazily: Resolver<QuestionnaireValues, unknown, Answers> = async (values, context, options) =>
  (await loadValidation()).questionnaireResolver(values, context, options);

/** A numbered question card: its heading names the region, its lede says what the question is about. */
function QuestionCard({
  step,
  headingId,
  title,
  lede,
  children,
}: {
  step: number;
  headingId: string;
  title: string;
  lede: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="card question-card">
      <header className="card-header">
        <p className="step">{step}</p>
        <div>
          <h2 className="card-title" id={headingId}>
            {title}
          </h2>
          <p className="card-lede">{lede}</p>
        </div>
      </header>
      {children}
    </section>
  );
}

/**
 * Every question of the answers document. Controlled by its initial values: it owns what is typed and reports
 * valid answers up, so nothing typed is lost to a validation error.
 *
 * Memoized on its callbacks alone: the answers it reports come back as new `initialAnswers`, which it does not
 * read again, and redrawing the whole form on every keystroke would cost the frame the result is drawn in. Each
 * field follows its own validation message (question-fields.tsx).
 */
export const Questionnaire = memo(
  QuestionnaireForm,
  (before, after) =>
    before.onAnswersChange === after.onAnswersChange &&
    before.onPendingProblems === after.onPendingProblems &&
    before.onUnfinishedValues === after.onUnfinishedValues,
);

function QuestionnaireForm({
  initialAnswers,
  onAnswersChange,
  onPendingProblems,
  initialValues,
  onUnfinishedValues,
}: QuestionnaireProps) {
  const restored = isFormValues(initialValues) ? initialValues : null;
  const form = useForm<QuestionnaireValues, unknown, Answers>({
    defaultValues: restored ?? toFormValues(initialAnswers),
    resolver: validateLazily,
    mode: 'all',
  });
  const { subscribe } = form;
  const { locale, t } = useI18n();
  const q = t.questionnaire;
  const priorityOptions = q.priorityLevels.map((label, level) => ({ value: String(level), label }));
  const environmentOptions = [
    { value: 'no', label: q.environmentsNo },
    { value: 'yes', label: q.environmentsYes },
  ];

  // Blur and focus also notify; only a real change of the outcome is reported up, starting from the initial one.
  const lastReport = useRef<string | null>(null);
  if (lastReport.current === null) lastReport.current = JSON.stringify(initialAnswers);
  const report = useEffectEvent(
    (values: QuestionnaireValues, { questionnaireSchema, describePendingProblems }: Validation) => {
      const result = questionnaireSchema.safeParse(values);
      onUnfinishedValues?.(result.success ? null : values);
      if (result.success) {
        const key = JSON.stringify(result.data);
        if (key === lastReport.current) return;
        lastReport.current = key;
        onAnswersChange(result.data);
        return;
      }
      const problems = describePendingProblems(t.problems, values, result.error.issues);
      const key = JSON.stringify(problems);
      if (key === lastReport.current) return;
      lastReport.current = key;
      onPendingProblems?.(problems);
    },
  );

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        // Reports settle in order: each waits on the same once-loaded module.
        callback: ({ values }) => void loadValidation().then((module) => report(values, module)),
      }),
    [subscribe],
  );

  // Values restored after a reload are checked at once: their problems show on the fields and beside the result.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the values the form started from.
  useEffect(() => {
    if (restored === null) return;
    void form.trigger();
    void loadValidation().then((module) => report(form.getValues(), module));
  }, []);

  // A new language restates the pending problems in it (a valid outcome is unchanged, so not reported again).
  const reportedLocale = useRef(locale);
  useEffect(() => {
    if (reportedLocale.current === locale) return;
    reportedLocale.current = locale;
    // Nothing has been validated yet, so there is nothing to restate (and no reason to load the schema).
    if (validation === undefined) return;
    void loadValidation().then((module) => report(form.getValues(), module));
  }, [locale, form]);

  return (
    <FormProvider {...form}>
      <form
        aria-label={q.formLabel}
        className="questionnaire"
        noValidate
        // The schema loads as the person moves into the form, so it is there by their first change; a first visit
        // that only reads the example result never starts it up (30-60 ms of one task here, zod's schemas).
        onFocus={preloadValidation}
        onSubmit={(event) => event.preventDefault()}
      >
        <QuestionCard headingId="q-regions" lede={q.regionsLede} step={1} title={q.regionsTitle}>
          <RegionsQuestion />
        </QuestionCard>

        <QuestionCard headingId="q-latency" lede={q.latencyLede} step={2} title={q.latencyTitle}>
          <div className="question-grid">
            <QuestionTextField
              help={q.latencyHelp(BROWSER_RTT_GUIDANCE_MS)}
              inputMode="decimal"
              label={q.latencyLabel}
              name="latencyToleranceMs"
              unit={q.msUnit}
            />
            <QuestionTextField
              help={q.opsHelp}
              inputMode="decimal"
              label={q.opsLabel}
              name="opsEngineers"
              unit={q.opsUnit}
            />
          </div>
        </QuestionCard>

        <QuestionCard headingId="q-work" lede={q.workLede} step={3} title={q.workTitle}>
          <QuestionSegmentedField
            className="environments-field"
            help={
              <>
                {q.environmentsHelpBefore}
                <a href={NODES_ACROSS_REGIONS_WITHDRAWN_URL} rel="noreferrer" target="_blank">
                  {q.environmentsHelpLink}
                </a>
                {q.environmentsHelpAfter}
              </>
            }
            legend={q.environmentsLegend}
            name="crossRegionEnvironments"
            options={environmentOptions}
          />
          <div className="priority-list">
            {PRIORITY_KEYS.map((key) => (
              <QuestionSegmentedField
                className="priority-field"
                help={q.priorities[key].help}
                key={key}
                legend={q.priorities[key].legend}
                name={`priorities.${key}`}
                options={priorityOptions}
              />
            ))}
          </div>
        </QuestionCard>

        <ConstraintsSection />
      </form>
    </FormProvider>
  );
}

/** Whether stored values have the form's shape (a list of regions and the other questions' text). */
function isFormValues(values: unknown): values is QuestionnaireValues {
  if (typeof values !== 'object' || values === null) return false;
  const { regions, priorities, hub, jurisdictions, latencies } = values as Record<string, unknown>;
  return (
    Array.isArray(regions) &&
    regions.every((region) => typeof region === 'object' && region !== null) &&
    typeof priorities === 'object' &&
    priorities !== null &&
    typeof hub === 'object' &&
    hub !== null &&
    Array.isArray(jurisdictions) &&
    Array.isArray(latencies)
  );
}
