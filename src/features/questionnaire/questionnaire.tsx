import { useEffect, useEffectEvent, useRef } from 'react';
import { FormProvider, get, type Resolver, useForm, useFormState } from 'react-hook-form';
import { SegmentedField } from '../../components/segmented-field';
import { TextField } from '../../components/text-field';
import { type Answers, BROWSER_RTT_GUIDANCE_MS, PRIORITY_LABELS, type PriorityKey } from '../../engine';
import {
  describeProblemPlace,
  PRIORITY_KEYS,
  type QuestionnaireValues,
  toFieldMessage,
  toFormValues,
} from './form-values';
import { RegionsQuestion } from './regions-question';
import './questionnaire.css';

type QuestionnaireSchema = typeof import('./questionnaire-resolver')['questionnaireSchema'];

/** A problem that keeps the current answers from being used, in the questionnaire's words. */
export interface PendingProblem {
  /** "Clusters in Asia Pacific (Tokyo)" */
  readonly place: string;
  /** "Clusters must be at least 1." */
  readonly message: string;
}

export interface QuestionnaireProps {
  /** The answers the form starts from. Later changes are ignored: give the component a new `key` to reload it. */
  initialAnswers: Answers;
  /** Called with every valid set of answers, as the person edits. */
  onAnswersChange: (answers: Answers) => void;
  /** Called whenever the typed answers are not valid (the last valid answers stay in force). */
  onPendingProblems?: (problems: readonly PendingProblem[]) => void;
}

const PRIORITY_OPTIONS = PRIORITY_LABELS.map((label, level) => ({
  value: String(level),
  label: label.charAt(0).toUpperCase() + label.slice(1),
}));

const PRIORITY_QUESTIONS: Readonly<Record<PriorityKey, { legend: string; help: string }>> = {
  singlePane: {
    legend: 'One interface that shows every region and cluster',
    help: 'Hub & Spoke gives one Rancher UI for everything; Regional gives one UI per management plane.',
  },
  multiClusterApps: {
    legend: 'Deploying one app to clusters in many regions in one step',
    help: 'With Regional, an app that spans regions is deployed once per Rancher installation.',
  },
  faultIsolation: {
    legend: 'Each region keeps provisioning when another management plane is down',
    help: 'Clusters keep running their workloads without Rancher either way; an outage stops provisioning and central management.',
  },
  independentUpgrades: {
    legend: "Upgrading Rancher region by region, on each region's own schedule",
    help: 'Regional lets you try each Rancher release on one region first; a central hub upgrades every region at once.',
  },
};

/**
 * The engine's source 'hub-pro-nodes-across-regions-withdrawn' (a test keeps them equal). Written out so that the
 * first bundle need not carry every source; the result, loaded later, shows them all.
 */
const STRETCHED_CLUSTERS_ISSUE_URL = 'https://github.com/rancher/rancher-docs/issues/220';

let validation: Promise<typeof import('./questionnaire-resolver')> | undefined;
/** The schema and resolver, fetched once on demand (see questionnaire-resolver.ts). */
const loadValidation = () => {
  validation ??= import('./questionnaire-resolver');
  return validation;
};

const validateLazily: Resolver<QuestionnaireValues, unknown, Answers> = async (values, context, options) =>
  (await loadValidation()).questionnaireResolver(values, context, options);

const ENVIRONMENT_OPTIONS = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes, some do' },
];

/**
 * Every question of the answers document. Controlled by its initial values: it owns what is typed and reports
 * valid answers up, so nothing typed is lost to a validation error.
 */
export function Questionnaire({ initialAnswers, onAnswersChange, onPendingProblems }: QuestionnaireProps) {
  const form = useForm<QuestionnaireValues, unknown, Answers>({
    defaultValues: toFormValues(initialAnswers),
    resolver: validateLazily,
    mode: 'all',
  });
  const { register, control, subscribe } = form;
  const { errors } = useFormState({ control });

  // Blur and focus also notify; only a real change of the outcome is reported up, starting from the initial one.
  const lastReport = useRef<string | null>(null);
  if (lastReport.current === null) lastReport.current = JSON.stringify(initialAnswers);
  const report = useEffectEvent((values: QuestionnaireValues, questionnaireSchema: QuestionnaireSchema) => {
    const result = questionnaireSchema.safeParse(values);
    if (result.success) {
      const key = JSON.stringify(result.data);
      if (key === lastReport.current) return;
      lastReport.current = key;
      onAnswersChange(result.data);
      return;
    }
    const problems = result.error.issues.map((issue) => ({
      place: describeProblemPlace(values, issue.path),
      message: toFieldMessage(issue.message),
    }));
    const key = JSON.stringify(problems);
    if (key === lastReport.current) return;
    lastReport.current = key;
    onPendingProblems?.(problems);
  });

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        // Reports settle in order: each waits on the same once-loaded module.
        callback: ({ values }) => void loadValidation().then((module) => report(values, module.questionnaireSchema)),
      }),
    [subscribe],
  );

  useEffect(() => {
    void loadValidation();
  }, []);

  const fieldError = (path: string): string | undefined => {
    const message = (get(errors, path) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? toFieldMessage(message) : undefined;
  };

  return (
    <FormProvider {...form}>
      <form aria-label="Your setup" className="questionnaire" noValidate onSubmit={(event) => event.preventDefault()}>
        <section aria-labelledby="q-regions" className="card question-card">
          <header className="card-header">
            <p className="step">1</p>
            <div>
              <h2 className="card-title" id="q-regions">
                Where your clusters run
              </h2>
              <p className="card-lede">
                Every cloud region or site whose downstream clusters the management plane would manage. Distances
                between them drive the latency estimates.
              </p>
            </div>
          </header>
          <RegionsQuestion />
        </section>

        <section aria-labelledby="q-latency" className="card question-card">
          <header className="card-header">
            <p className="step">2</p>
            <div>
              <h2 className="card-title" id="q-latency">
                Latency and team
              </h2>
              <p className="card-lede">How far a central plane may be from its clusters, and who runs it.</p>
            </div>
          </header>
          <div className="question-grid">
            <TextField
              error={fieldError('latencyToleranceMs')}
              help={
                <>
                  The slowest round trip between the management plane and a downstream cluster that your team accepts.
                  Rancher asks for {BROWSER_RTT_GUIDANCE_MS} ms or less between a browser and the Rancher server;
                  without a measurement of your own, that is a sound starting point.
                </>
              }
              inputMode="decimal"
              label="Highest acceptable round trip"
              unit="ms"
              {...register('latencyToleranceMs')}
            />
            <TextField
              error={fieldError('opsEngineers')}
              help="Full-time equivalents who can upgrade, back up and watch management-plane installations (1.5 is fine). Every extra installation is routine work for them."
              inputMode="decimal"
              label="Operations engineers"
              unit="FTE"
              {...register('opsEngineers')}
            />
          </div>
        </section>

        <section aria-labelledby="q-work" className="card question-card">
          <header className="card-header">
            <p className="step">3</p>
            <div>
              <h2 className="card-title" id="q-work">
                How you work
              </h2>
              <p className="card-lede">
                What you need from the management plane, from “does not matter” to “must have”.
              </p>
            </div>
          </header>
          <SegmentedField
            className="environments-field"
            error={fieldError('crossRegionEnvironments')}
            help={
              <>
                An environment is a product’s or team’s set of clusters, projects and apps. Answer yes if some are made
                of separate clusters in several regions and run as one. Rancher does not support one cluster stretched
                across regions: its old “nodes across regions” advantage was withdrawn (
                <a href={STRETCHED_CLUSTERS_ISSUE_URL} rel="noreferrer" target="_blank">
                  rancher-docs issue 220
                </a>
                ).
              </>
            }
            legend="Do some environments span several regions?"
            options={ENVIRONMENT_OPTIONS}
            {...register('crossRegionEnvironments')}
          />
          <div className="priority-list">
            {PRIORITY_KEYS.map((key) => (
              <SegmentedField
                className="priority-field"
                error={fieldError(`priorities.${key}`)}
                help={PRIORITY_QUESTIONS[key].help}
                key={key}
                legend={PRIORITY_QUESTIONS[key].legend}
                options={PRIORITY_OPTIONS}
                {...register(`priorities.${key}`)}
              />
            ))}
          </div>
        </section>
      </form>
    </FormProvider>
  );
}
