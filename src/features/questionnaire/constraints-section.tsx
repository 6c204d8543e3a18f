import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useI18n } from '../../components/i18n';
import { countConstraints, isInferredMainlandChina, type QuestionnaireValues } from './form-values';

const loadEditor = () => import('./constraints-editor');
const ConstraintsEditor = lazy(loadEditor);

/** The top-level fields the section holds; each region's own are found by index. */
const CONSTRAINT_FIELDS = [
  'nodesPerCluster',
  'provisionedPercent',
  'clustersInTwoYears',
  'jurisdictions',
  'hub',
  'latencies',
] as const;
const REGION_CONSTRAINT_FIELDS = ['siteKind', 'connectivity', 'nodes', 'jurisdiction', 'clusterKinds'] as const;

function ConstraintsCount() {
  const { control } = useFormContext<QuestionnaireValues>();
  const values = useWatch({ control }) as QuestionnaireValues;
  const { t } = useI18n();
  const count = countConstraints(values);
  // The engine applies mainland China's rule to a region there that names no jurisdiction: said, not hidden.
  const inferredChina = values.regions.some(isInferredMainlandChina);
  return (
    <>
      <span className={count > 0 ? 'badge constraints-count' : 'constraints-count constraints-count--none'}>
        {count > 0 ? t.questionnaire.constraintsSet(count) : t.questionnaire.constraintsNoneSet}
      </span>
      {inferredChina ? (
        <>
          {' '}
          <span className="badge constraints-inferred">{t.questionnaire.constraintsInferredChina}</span>
        </>
      ) : null}
    </>
  );
}

/**
 * Opens the section when a field inside it gets a problem (removing a region can leave a measurement of it), so the
 * problem is in sight. Apart from the section, so that following the form's errors re-renders nothing else.
 */
function OpenOnProblems({ onProblems }: { onProblems: () => void }) {
  const { control } = useFormContext<QuestionnaireValues>();
  const { errors } = useFormState({ control, name: [...CONSTRAINT_FIELDS, 'regions'] });
  const regionErrors = (errors.regions ?? []) as unknown as readonly (Record<string, unknown> | undefined)[];
  const hasProblems =
    CONSTRAINT_FIELDS.some((field) => get(errors, field) !== undefined) ||
    Array.from(regionErrors).some((region) => REGION_CONSTRAINT_FIELDS.some((field) => region?.[field]));
  useEffect(() => {
    if (hasProblems) onProblems();
  }, [hasProblems, onProblems]);
  return null;
}

/**
 * The estate's constraints, collapsed until a person opens them: the questionnaire is no longer for anyone who does
 * not need them. The editor's code (and its words) load when the section is first opened.
 */
export function ConstraintsSection() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  const openSection = useCallback(() => setOpen(true), []);

  useEffect(() => {
    if (open) setEverOpened(true);
  }, [open]);

  return (
    <details
      className="card question-card constraints"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      open={open}
    >
      {/* Loading starts as the pointer or the keyboard reaches the summary, before the click. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is interactive; these handlers only preload code. */}
      <summary
        className="constraints-summary"
        onFocus={() => void loadEditor()}
        onPointerEnter={() => void loadEditor()}
      >
        <span className="constraints-title">{t.questionnaire.constraintsSummary}</span> <ConstraintsCount />
      </summary>
      <OpenOnProblems onProblems={openSection} />
      {everOpened ? (
        <Suspense fallback={<p className="field-help">{t.questionnaire.constraintsLoading}</p>}>
          <ConstraintsEditor />
        </Suspense>
      ) : null}
    </details>
  );
}
